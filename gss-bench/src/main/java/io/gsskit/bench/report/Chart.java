package io.gsskit.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A log-log line chart drawn with java.awt into a PNG (headless, no dependencies): x is the
 * message size in bytes, y the throughput in MB/s. Not thread-safe.
 */
final class Chart {

  /**
   * One line.
   *
   * @param label legend text
   * @param points {x, y} pairs in increasing x
   * @param gsskit whether it is GSSKit (solid) or the JDK (dashed)
   * @param sha1 whether it is the aes256-sha1 realm (blue) or aes256-sha384 (orange)
   */
  record Series(String label, List<double[]> points, boolean gsskit, boolean sha1) {}

  private static final int W = 900;
  private static final int H = 560;
  private static final int L = 90;
  private static final int R = 30;
  private static final int T = 50;
  private static final int B = 70;

  private Chart() {}

  static void write(Path out, String title, List<Series> series) throws IOException {
    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (Series s : series) {
      for (double[] p : s.points()) {
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    if (series.isEmpty()) {
      minX = 64;
      maxX = 1048576;
      minY = 1;
      maxY = 10;
    }
    double x0 = Math.floor(Math.log10(minX));
    double x1 = Math.ceil(Math.log10(maxX));
    double y0 = Math.floor(Math.log10(minY));
    double y1 = Math.ceil(Math.log10(maxY));
    if (y1 <= y0) {
      y1 = y0 + 1;
    }
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    // grid and labels
    for (double e = y0; e <= y1; e++) {
      int y = py(Math.pow(10, e), y0, y1);
      g.setColor(new Color(225, 225, 225));
      g.drawLine(L, y, W - R, y);
      g.setColor(Color.DARK_GRAY);
      String s = String.format(Locale.ROOT, "%s", e >= 0 ? String.valueOf((long) Math.pow(10, e))
          : String.valueOf(Math.pow(10, e)));
      g.drawString(s, L - 10 - g.getFontMetrics().stringWidth(s), y + 5);
    }
    for (Series s : series.isEmpty() ? List.<Series>of() : List.of(series.get(0))) {
      for (double[] p : s.points()) {
        int x = px(p[0], x0, x1);
        g.setColor(new Color(225, 225, 225));
        g.drawLine(x, T, x, H - B);
        g.setColor(Color.DARK_GRAY);
        String lab = sizeLabel(p[0]);
        g.drawString(lab, x - g.getFontMetrics().stringWidth(lab) / 2, H - B + 20);
      }
    }
    g.setColor(Color.BLACK);
    g.drawRect(L, T, W - L - R, H - T - B);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, L, T - 20);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString("message size (log scale)", W / 2 - 70, H - 25);
    g.rotate(-Math.PI / 2);
    g.drawString("MB/s (log scale)", -(H / 2) - 50, 25);
    g.rotate(Math.PI / 2);
    // lines
    // legend in the lower right corner, on white
    int legendX = W - R - 330;
    int legendY = H - B - 20 * series.size() - 5;
    g.setColor(Color.WHITE);
    g.fillRect(legendX - 8, legendY - 18, 330, 20 * series.size() + 10);
    g.setColor(Color.GRAY);
    g.drawRect(legendX - 8, legendY - 18, 330, 20 * series.size() + 10);
    for (Series s : series) {
      Color c = s.sha1() ? new Color(31, 119, 180) : new Color(255, 127, 14);
      g.setColor(c);
      g.setStroke(s.gsskit() ? new BasicStroke(2.5f)
          : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {8f, 6f}, 0f));
      int px = -1;
      int py = -1;
      for (double[] p : s.points()) {
        int x = px(p[0], x0, x1);
        int y = py(p[1], y0, y1);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        g.fillOval(x - 4, y - 4, 8, 8);
        px = x;
        py = y;
      }
      g.drawLine(legendX, legendY - 5, legendX + 40, legendY - 5);
      g.setStroke(new BasicStroke(1f));
      g.setColor(Color.BLACK);
      g.drawString(s.label(), legendX + 47, legendY);
      legendY += 20;
    }
    g.dispose();
    ImageIO.write(img, "png", out.toFile());
  }

  private static int px(double x, double x0, double x1) {
    return L + (int) Math.round((Math.log10(x) - x0) / (x1 - x0) * (W - L - R));
  }

  private static int py(double y, double y0, double y1) {
    return H - B - (int) Math.round((Math.log10(y) - y0) / (y1 - y0) * (H - T - B));
  }

  private static String sizeLabel(double size) {
    long s = (long) size;
    return s >= 1048576 ? s / 1048576 + " MiB" : s >= 1024 ? s / 1024 + " KiB" : s + " B";
  }
}
