/**
 * Reads the JMH JSON result of the GSSKit-vs-JDK suite and writes the comparison table (Markdown)
 * and the throughput chart (PNG, drawn with java.awt, headless).
 */
package io.gsskit.bench.report;
