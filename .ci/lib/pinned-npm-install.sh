# Sourced by .ci/rebuild-dev-bundle and .ci/rebuild-prod-bundle. The npm registry these build machines reach lacks
# two of Vaadin 24.9.10's packages (@vaadin/polymer-legacy-adapter and @vaadin/bundles 24.9.10; it has 24.9.5).
# install_pinned installs the dependencies of the package.json Vaadin wrote with those two pinned to the registry's
# 24.9.5 (@vaadin/bundles, only a prebuilt copy for Vite's dev server, left out), then puts Vaadin's own
# package.json back and records the install as Vaadin's (node_modules/.vaadin/vaadin.json), so that Vaadin's next
# run skips npm install and builds with Vite; the bundle then names Vaadin's versions and validates on a fresh
# clone without node.
install_pinned() {
    local adapter=${PINNED_ADAPTER:-24.9.5}
    test -f package.json || { echo "Vaadin wrote no package.json" >&2; return 1; }
    cp package.json target/package.vaadin.json
    python3 - "$adapter" <<'PY'
import json, sys
adapter = sys.argv[1]
package = json.load(open('package.json'))
package['dependencies'].pop('@vaadin/bundles', None)
package.get('overrides', {}).pop('@vaadin/bundles', None)
package['dependencies']['@vaadin/polymer-legacy-adapter'] = adapter
json.dump(package, open('package.json', 'w'), indent=2)
try:
    lock = json.load(open('package-lock.json'))
    root = lock['packages']['']
    root['dependencies'].pop('@vaadin/bundles', None)
    root['dependencies']['@vaadin/polymer-legacy-adapter'] = adapter
    lock['packages'].pop('node_modules/@vaadin/bundles', None)
    lock['packages'].pop('node_modules/@vaadin/polymer-legacy-adapter', None)
    json.dump(lock, open('package-lock.json', 'w'), indent=2)
except FileNotFoundError:
    pass
PY
    rm -rf node_modules
    npm --no-update-notifier --no-audit --ignore-scripts install
    cp target/package.vaadin.json package.json
    local vaadin_version
    vaadin_version=$(sed -n 's:.*<vaadin.version>\(.*\)</vaadin.version>.*:\1:p' pom.xml)
    mkdir -p node_modules/.vaadin
    python3 - "$vaadin_version" <<'PY'
import json, os, sys
package = json.load(open('package.json'))
json.dump({'hash': package['vaadin']['hash'], 'projectFolder': os.getcwd(), 'vaadinVersion': sys.argv[1]},
          open('node_modules/.vaadin/vaadin.json', 'w'))
PY
}
