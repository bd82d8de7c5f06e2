// Static checks of the scale-out deploy files (issue 18): compose.scale.yml, the nginx config, the Helm
// chart. Called from check-deploy.mjs with its helpers. The chart is checked without helm: values and
// Chart.yaml parse, every template parses as YAML once its template actions are blanked out, every
// .Values path a template uses exists, and the required kinds, probes and grace period are there.

const durationSeconds = (d) => {
  const m = String(d ?? '').match(/^(\d+)(ms|s|m)?$/);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'm' ? n * 60 : m[2] === 'ms' ? n / 1000 : n;
};

/** Blanks template actions: control lines go, inline values become a scalar, so the YAML shape can be parsed. */
const blankTemplate = (text) => text.split('\n')
  .filter((l) => !/^\s*\{\{-?\s*(if|end|range|with|else|include|toYaml|define)\b.*\}\}\s*$/.test(l))
  .map((l) => l.replace(/\{\{-?[^}]*\}\}/g, 'x'))
  .join('\n');

export function checkScaleOut({ check, note, read, load, parseYaml }) {
  // ------------------------------------------------------------ compose ---
  const compose = load('deploy/compose.scale.yml');
  if (compose) {
    const services = compose.services ?? {};
    const apps = ['switchboard-1', 'switchboard-2', 'switchboard-3'];
    check(['nginx', 'postgres', 'redis', ...apps].every((s) => s in services),
      'compose.scale: nginx, 3 instances, postgres, redis', Object.keys(services).join(', '));
    const subnet = compose.networks?.switchboard?.ipam?.config?.[0]?.subnet;
    for (const name of apps) {
      // YAML merge keys (<<: *anchor) as Compose applies them; the strict YAML 1.2 parser leaves them as a key.
      const raw = services[name] ?? {};
      const app = raw['<<'] ? { ...raw['<<'], ...raw } : raw;
      const env = app.environment ?? {};
      check(String(env.REDIS_URL ?? '').startsWith('redis://'), `compose.scale ${name}: REDIS_URL`);
      check(String(env.DATABASE_URL ?? '').startsWith('jdbc:postgresql://'), `compose.scale ${name}: DATABASE_URL (PostgreSQL)`);
      check(env.SECRET_KEY && env.ENCRYPTION_KEY, `compose.scale ${name}: shared SECRET_KEY and ENCRYPTION_KEY`);
      check(subnet && env.TRUSTED_PROXIES === subnet, `compose.scale ${name}: TRUSTED_PROXIES is the compose network`, `${env.TRUSTED_PROXIES} vs ${subnet}`);
      check(String(app.healthcheck?.test ?? '').includes('/health/readiness'), `compose.scale ${name}: readiness healthcheck`);
      check(durationSeconds(app.stop_grace_period) > durationSeconds(env.SHUTDOWN_GRACE),
        `compose.scale ${name}: stop_grace_period exceeds SHUTDOWN_GRACE`);
    }
    for (const name of ['nginx', 'postgres', 'redis']) {
      check(services[name]?.healthcheck?.test, `compose.scale ${name}: healthcheck`);
    }
  }

  // -------------------------------------------------------------- nginx ---
  const nginx = read('deploy/nginx/switchboard-scale.conf');
  if (check(nginx !== null, 'deploy/nginx/switchboard-scale.conf exists')) {
    check(/^\s*least_conn;/m.test(nginx), 'nginx: least_conn');
    check((nginx.match(/^\s*server\s+switchboard-\d:8000/gm) ?? []).length === 3, 'nginx: 3 instances');
    check(/proxy_buffering\s+off;/.test(nginx), 'nginx: proxy_buffering off (SSE)');
    check(/proxy_http_version\s+1\.1;/.test(nginx), 'nginx: HTTP/1.1 to the instances');
    const read_ = nginx.match(/proxy_read_timeout\s+(\d+)s;/);
    check(read_ && Number(read_[1]) >= 300, 'nginx: proxy_read_timeout >= 300s (first byte may take minutes)');
  }

  // --------------------------------------------------------------- helm ---
  const base = 'deploy/helm/switchboard';
  const chart = load(`${base}/Chart.yaml`);
  if (chart) check(chart.apiVersion === 'v2' && chart.name && chart.version, 'helm: Chart.yaml apiVersion v2, name, version');
  const values = load(`${base}/values.yaml`);
  if (values) {
    for (const key of ['image.repository', 'replicaCount', 'resources', 'ingress.enabled', 'autoscaling.enabled',
      'autoscaling.minReplicas', 'autoscaling.maxReplicas', 'podDisruptionBudget.enabled', 'existingSecret',
      'probes.liveness.path', 'probes.readiness.path', 'terminationGracePeriodSeconds']) {
      check(key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), values) !== undefined, `helm values: ${key}`);
    }
    check(values.probes?.liveness?.path === '/health/liveness' && values.probes?.readiness?.path === '/health/readiness',
      'helm values: probes on /health/liveness and /health/readiness');
    check(values.terminationGracePeriodSeconds >= durationSeconds(values.env?.SHUTDOWN_GRACE ?? '30s'),
      'helm values: terminationGracePeriodSeconds >= SHUTDOWN_GRACE');
  }
  const templates = {
    'deployment.yaml': ['kind: Deployment', 'livenessProbe', 'readinessProbe', 'terminationGracePeriodSeconds', 'secretRef', '.Values.existingSecret'],
    'service.yaml': ['kind: Service'],
    'ingress.yaml': ['apiVersion: networking.k8s.io/v1', 'kind: Ingress'],
    'hpa.yaml': ['apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler'],
    'pdb.yaml': ['apiVersion: policy/v1', 'kind: PodDisruptionBudget'],
  };
  for (const [file, needles] of Object.entries(templates)) {
    const text = read(`${base}/templates/${file}`);
    if (!check(text !== null, `helm: templates/${file} exists`)) continue;
    for (const needle of needles) check(text.includes(needle), `helm ${file}: ${needle}`);
    try {
      const doc = parseYaml(blankTemplate(text));
      check(doc && doc.kind, `helm ${file}: parses as YAML with template actions blanked`);
    } catch (e) {
      check(false, `helm ${file}: parses as YAML with template actions blanked`, String(e.message).split('\n')[0]);
    }
    if (values) {
      const missing = [...text.matchAll(/\.Values\.([A-Za-z0-9_.]+)/g)].map((m) => m[1])
        .filter((path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), values) === undefined);
      check(missing.length === 0, `helm ${file}: every .Values path exists in values.yaml`, missing.join(', '));
    }
  }
  if (!read('deploy/scale-local.sh')) note('deploy/scale-local.sh missing');
}
