package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.spi.Interposer;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.MechanismProvider;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The immutable set of registered mechanisms and interposers and the dispatch table built from
 * them: public OID to mechanism (or to its interposer), concatenated interposer OID to the
 * original mechanism.
 *
 * <p>Built from {@link ServiceLoader} providers first, then config-file entries ({@link
 * MechConfigFile}); the first registration of an OID wins and later ones are reported, as in MIT.
 * Mechanisms are ordered by {@link MechanismProvider#priority()} (higher first), then by
 * registration order. The default mechanism is krb5 when present, else the first. Problems
 * (a provider that throws, a malformed line, a duplicate OID, an interposer targeting an unknown
 * mechanism or another interposer) are collected in {@link #problems()} and logged; they never
 * prevent the registry from being built. Thread-safe.
 */
public final class MechRegistry {

  /** The Kerberos v5 mechanism OID, RFC 1964 / RFC 4121. */
  static final Oid KRB5 = Oid.of("1.2.840.113554.1.2.2");
  /** System property naming the config file; takes precedence over the environment. */
  public static final String CONFIG_PROPERTY = "io.gsskit.mech.config";
  /** Environment variable naming the config file (as MIT). */
  public static final String CONFIG_ENV = "GSS_MECH_CONFIG";

  private static final System.Logger LOG = System.getLogger("io.gsskit.raw.mechglue");

  /** A provider to register, from either source. */
  record Candidate(MechanismProvider provider, String name, List<Oid> oids, String options,
      boolean interposer, String source) {}

  /** A created mechanism or interposer. */
  private record Loaded(Candidate candidate, Mechanism mech, int mechId, int priority,
      int order) {}

  private final List<Dispatch> mechs;
  private final Map<Oid, Dispatch> byOid;
  private final @Nullable Dispatch defaultMech;
  private final Map<Integer, Dispatch> byMechId;
  private final Map<Oid, Dispatch> originals;
  private final List<String> problems;

  private MechRegistry(List<Dispatch> mechs, Map<Oid, Dispatch> byOid,
      @Nullable Dispatch defaultMech, Map<Integer, Dispatch> byMechId,
      Map<Oid, Dispatch> originals, List<String> problems) {
    this.mechs = List.copyOf(mechs);
    this.byOid = Map.copyOf(byOid);
    this.originals = Map.copyOf(originals);
    this.defaultMech = defaultMech;
    this.byMechId = Map.copyOf(byMechId);
    this.problems = List.copyOf(problems);
  }

  /**
   * Loads providers with {@link ServiceLoader} through {@code loader} and, when {@code config} is
   * not null, from that file and its {@code mech.d} directory.
   *
   * @param loader the class loader for services and config-file classes; not null
   * @param config the config file, or null
   * @return the registry
   */
  public static MechRegistry load(ClassLoader loader, @Nullable Path config) {
    List<String> problems = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>(serviceCandidates(loader, problems));
    if (config != null) {
      MechConfigFile.Result r = MechConfigFile.read(config);
      problems.addAll(r.problems());
      for (ConfigEntry e : r.entries()) {
        Candidate c = configCandidate(e, loader, problems);
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    return build(candidates, problems);
  }

  /**
   * Builds a registry from explicit providers (no service loading, no config file); for tests
   * and embedding.
   *
   * @param providers the providers in registration order; not null
   * @return the registry
   */
  public static MechRegistry of(List<? extends MechanismProvider> providers) {
    List<Candidate> candidates = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (MechanismProvider p : providers) {
      Candidate c = fromProvider(p, "explicit " + p.getClass().getName(), problems);
      if (c != null) {
        candidates.add(c);
      }
    }
    return build(candidates, problems);
  }

  /** @return the config file named by the system property or environment, or null */
  static @Nullable Path configuredPath() {
    String p = System.getProperty(CONFIG_PROPERTY);
    if (p == null || p.isBlank()) {
      p = System.getenv(CONFIG_ENV);
    }
    return p == null || p.isBlank() ? null : Path.of(p);
  }

  // ------------------------------------------------------------------------------- queries

  /**
   * Looks up the route for an OID: a public mechanism OID (its interposer when interposed) or a
   * concatenated interposer OID (the original mechanism).
   *
   * @param oid the OID; not null
   * @return the route, or null when the OID is not registered
   */
  public @Nullable Dispatch lookup(Oid oid) {
    return byOid.get(oid);
  }

  /**
   * The route to the original mechanism behind an interposed public OID.
   *
   * @param publicOid the mechanism OID
   * @return the concatenated-OID route, or null when the OID is not interposed
   */
  public @Nullable Dispatch original(Oid publicOid) {
    return originals.get(publicOid);
  }

  /** @return the default mechanism's route, or null when no mechanism is registered */
  public @Nullable Dispatch defaultMech() {
    return defaultMech;
  }

  /** @return the public mechanisms' routes in preference order (no interposer OIDs) */
  public List<Dispatch> mechs() {
    return mechs;
  }

  /** @return the public mechanism OIDs in preference order */
  public OidSet mechOids() {
    OidSet.Builder b = OidSet.builder();
    for (Dispatch d : mechs) {
      b.add(d.publicOid());
    }
    return b.build();
  }

  /**
   * Finds a route by mechanism number, for mapping minor codes back.
   *
   * @param mechId the number
   * @return a route to that mechanism instance, or null
   */
  @Nullable Dispatch byMechId(int mechId) {
    return byMechId.get(mechId);
  }

  /** @return what went wrong while building, one message each */
  public List<String> problems() {
    return problems;
  }

  // ------------------------------------------------------------------------------- building

  private static List<Candidate> serviceCandidates(ClassLoader loader, List<String> problems) {
    List<Candidate> out = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    Iterator<MechanismProvider> it = ServiceLoader.load(MechanismProvider.class, loader)
        .iterator();
    for (int guard = 0; guard < 1000; guard++) {
      MechanismProvider p;
      try {
        if (!it.hasNext()) {
          break;
        }
        p = it.next();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add("ServiceLoader: provider skipped: " + e);
        continue;
      }
      if (seen.add(p.getClass())) {
        Candidate c = fromProvider(p, "ServiceLoader " + p.getClass().getName(), problems);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static @Nullable Candidate fromProvider(MechanismProvider p, String source,
      List<String> problems) {
    try {
      String name = p.name();
      List<Oid> oids = List.copyOf(p.oids());
      if (name == null || name.isBlank() || oids.isEmpty()) {
        problems.add(source + ": provider has no name or no OID");
        return null;
      }
      return new Candidate(p, name, oids, "", p instanceof Interposer, source);
    } catch (RuntimeException | LinkageError e) {
      problems.add(source + ": provider threw " + e.getClass().getName());
      return null;
    }
  }

  private static @Nullable Candidate configCandidate(ConfigEntry e, ClassLoader loader,
      List<String> problems) {
    MechanismProvider p;
    try {
      Class<?> cls = Class.forName(e.className(), true, loader);
      if (!MechanismProvider.class.isAssignableFrom(cls)) {
        problems.add(e.source() + ": " + e.className() + " is not a MechanismProvider");
        return null;
      }
      Constructor<?> ctor = cls.getConstructor();
      p = (MechanismProvider) ctor.newInstance();
    } catch (ClassNotFoundException ex) {
      problems.add(e.source() + ": class " + e.className() + " not found");
      return null;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
      problems.add(e.source() + ": cannot instantiate " + e.className() + ": "
          + ex.getClass().getSimpleName());
      return null;
    }
    boolean isInterposer = p instanceof Interposer;
    if (e.interposer() && !isInterposer) {
      problems.add(e.source() + ": " + e.className() + " is marked <interposer> but does not"
          + " implement Interposer");
      return null;
    }
    return new Candidate(p, e.name(), List.of(e.oid()), e.options(), isInterposer, e.source());
  }

  static MechRegistry build(List<Candidate> candidates, List<String> problems) {
    List<Loaded> loadedMechs = new ArrayList<>();
    List<Loaded> loadedInterposers = new ArrayList<>();
    int nextId = 1;
    int order = 0;
    for (Candidate c : candidates) {
      Mechanism m;
      int priority;
      try {
        m = c.provider().create(c.options());
        priority = c.provider().priority();
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        problems.add(c.source() + ": " + c.name() + " failed to initialise: "
            + e.getClass().getName());
        continue;
      }
      if (m == null) {
        problems.add(c.source() + ": " + c.name() + " created no mechanism");
        continue;
      }
      Loaded l = new Loaded(c, m, nextId++, priority, order++);
      (c.interposer() ? loadedInterposers : loadedMechs).add(l);
    }
    Comparator<Loaded> pref = Comparator.comparingInt((Loaded l) -> -l.priority())
        .thenComparingInt(Loaded::order);
    loadedMechs.sort(pref);
    loadedInterposers.sort(pref);

    // Public mechanism OIDs, first registration wins.
    Map<Oid, Loaded> mechByOid = new LinkedHashMap<>();
    for (Loaded l : loadedMechs) {
      for (Oid oid : l.candidate().oids()) {
        Loaded prev = mechByOid.putIfAbsent(oid, l);
        if (prev != null) {
          problems.add(l.candidate().source() + ": OID " + oid + " already registered by "
              + prev.candidate().name() + "; ignored");
        }
      }
    }
    // Interposers: each claims mechanisms; no self, no other interposer, first claim wins.
    Map<Oid, Loaded> interposerByOid = new HashMap<>();
    for (Loaded l : loadedInterposers) {
      Oid own = l.candidate().oids().get(0);
      if (mechByOid.containsKey(own) || interposerByOid.containsKey(own)) {
        problems.add(l.candidate().source() + ": interposer OID " + own
            + " is already registered; interposer ignored");
        continue;
      }
      interposerByOid.put(own, l);
    }
    Map<Oid, Loaded> interposedBy = new HashMap<>();
    for (Loaded l : loadedInterposers) {
      Oid own = l.candidate().oids().get(0);
      if (interposerByOid.get(own) != l) {
        continue;
      }
      OidSet targets;
      try {
        targets = ((Interposer) l.candidate().provider()).interposedMechs(own);
      } catch (RuntimeException | LinkageError e) {
        problems.add(l.candidate().source() + ": interposedMechs threw "
            + e.getClass().getName());
        continue;
      }
      if (targets == null) {
        continue;
      }
      for (Oid target : targets) {
        if (interposerByOid.containsKey(target)) {
          problems.add(l.candidate().source() + ": cannot interpose interposer " + target);
        } else if (!mechByOid.containsKey(target)) {
          problems.add(l.candidate().source() + ": interposed mechanism " + target
              + " is not registered");
        } else if (interposedBy.containsKey(target)) {
          problems.add(l.candidate().source() + ": " + target + " is already interposed by "
              + interposedBy.get(target).candidate().name() + "; ignored");
        } else {
          interposedBy.put(target, l);
        }
      }
    }

    Map<Oid, Dispatch> byOid = new HashMap<>();
    Map<Integer, Dispatch> byMechId = new HashMap<>();
    Map<Oid, Dispatch> originals = new HashMap<>();
    List<Dispatch> mechs = new ArrayList<>();
    for (Map.Entry<Oid, Loaded> e : mechByOid.entrySet()) {
      Oid oid = e.getKey();
      Loaded m = e.getValue();
      Dispatch original = new Dispatch(m.candidate().name(), oid, oid, m.mech(), m.mechId());
      byMechId.putIfAbsent(m.mechId(), original);
      Loaded i = interposedBy.get(oid);
      Dispatch pub;
      if (i == null) {
        pub = original;
      } else {
        Oid concat = i.candidate().oids().get(0).concat(oid);
        Dispatch inner = new Dispatch(m.candidate().name(), oid, concat, m.mech(), m.mechId());
        byOid.put(concat, inner);
        originals.put(oid, inner);
        pub = new Dispatch(i.candidate().name() + ">" + m.candidate().name(), oid, oid,
            i.mech(), i.mechId());
        byMechId.putIfAbsent(i.mechId(), pub);
      }
      byOid.put(oid, pub);
      mechs.add(pub);
    }
    Dispatch dflt = byOid.get(KRB5);
    if (dflt == null && !mechs.isEmpty()) {
      dflt = mechs.get(0);
    }
    for (String p : problems) {
      LOG.log(System.Logger.Level.WARNING, "GSS mechanism registry: {0}", p);
    }
    return new MechRegistry(Collections.unmodifiableList(mechs), byOid, dflt, byMechId,
        originals, problems);
  }
}
