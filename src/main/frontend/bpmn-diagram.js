/*
 * <er-bpmn-diagram>: the browser side of io.engineroom.base.ui.BpmnDiagram. Draws the BPMN XML with bpmn-js'
 * read-only NavigatedViewer, marks the taken path and the active steps, and puts a count badge on steps.
 *
 * Properties set by the server: xml (string), taken and active (arrays of BPMN element ids), counts (id -> number).
 * Attributes it sets for people and tests: data-rendered="true" once drawn, data-error="<message>" when bpmn-js
 * cannot import the XML (the message is shown in the element too).
 *
 * Light DOM on purpose: bpmn-js' own CSS and the markers then apply as they are, and tests find the diagram's
 * g.djs-element nodes with plain selectors.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer.js';
import diagramJsCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnJsCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

const TAKEN = 'er-taken';
const ACTIVE = 'er-active';
const COUNT_OVERLAY = 'er-count';

const OWN_CSS = `
er-bpmn-diagram { display: block; position: relative; overflow: hidden; }
er-bpmn-diagram > .er-canvas { position: absolute; inset: 0; }
er-bpmn-diagram > .er-error {
  position: absolute; inset: 0; padding: var(--lumo-space-m, 1rem);
  color: var(--lumo-error-text-color, #b00020); background: var(--lumo-error-color-10pct, #fdecea);
}
er-bpmn-diagram > .er-error[hidden] { display: none; }
.djs-shape.${TAKEN} .djs-visual > :is(rect, circle, polygon) { stroke: #2e7d32 !important; stroke-width: 3px !important; }
.djs-connection.${TAKEN} .djs-visual > path { stroke: #2e7d32 !important; stroke-width: 3px !important; }
.djs-shape.${ACTIVE} .djs-visual > :is(rect, circle, polygon) {
  stroke: #ef6c00 !important; stroke-width: 4px !important; fill: #fff3e0 !important;
}
.${COUNT_OVERLAY} {
  display: inline-block; min-width: 20px; padding: 0 6px; box-sizing: border-box; border-radius: 10px;
  background: #1565c0; color: #fff; font: 600 12px/20px sans-serif; text-align: center; white-space: nowrap;
}
`;

/** bpmn-js' styles and ours, once per document (they are global: the diagram lives in the light DOM). */
function installStyles() {
  const id = 'er-bpmn-diagram-styles';
  if (document.getElementById(id)) {
    return;
  }
  const style = document.createElement('style');
  style.id = id;
  style.textContent = diagramJsCss + '\n' + bpmnJsCss + '\n' + OWN_CSS;
  document.head.appendChild(style);
}

class ErBpmnDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = '';
    this._taken = [];
    this._active = [];
    this._counts = {};
    this._importedXml = null; // the XML the viewer shows now
    this._importRun = 0; // a newer import makes an older one's result stale
    this._marked = []; // [elementId, marker] pairs put on the canvas, removed before the next decoration
    this._fitted = false;
  }

  get xml() { return this._xml; }
  set xml(value) { this._xml = value || ''; this._update(); }

  get taken() { return this._taken; }
  set taken(value) { this._taken = Array.isArray(value) ? value : []; this._update(); }

  get active() { return this._active; }
  set active(value) { this._active = Array.isArray(value) ? value : []; this._update(); }

  get counts() { return this._counts; }
  set counts(value) { this._counts = value && typeof value === 'object' ? value : {}; this._update(); }

  connectedCallback() {
    // Vaadin may set the properties before this element is upgraded: they then sit on the instance and hide the
    // setters above, so take them over.
    for (const name of ['xml', 'taken', 'active', 'counts']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._viewer) {
      installStyles();
      this._canvas = document.createElement('div');
      this._canvas.className = 'er-canvas';
      this._error = document.createElement('div');
      this._error.className = 'er-error';
      this._error.setAttribute('role', 'alert');
      this._error.hidden = true;
      this.append(this._canvas, this._error);
      this._viewer = new NavigatedViewer({ container: this._canvas });
      // drawn while hidden or before layout, the fit has nothing to fit into: fit again once there is room
      this._resizeObserver = new ResizeObserver(() => this._resized());
      this._resizeObserver.observe(this);
    }
    this._update();
  }

  disconnectedCallback() {
    // Vaadin re-attaches the same element when the view comes back: keep the viewer, it is cheap while detached
  }

  _update() {
    if (!this._viewer || !this.isConnected) {
      return;
    }
    if (this._xml !== this._importedXml) {
      this._import(this._xml);
    } else if (this.hasAttribute('data-rendered')) {
      this._decorate();
    }
  }

  async _import(xml) {
    const run = ++this._importRun;
    this._importedXml = xml;
    this.removeAttribute('data-rendered');
    this.removeAttribute('data-error');
    try {
      await this._viewer.importXML(xml);
      if (run !== this._importRun) {
        return;
      }
      this._error.hidden = true;
      this._fitted = false;
      this._fit();
      this._decorate();
      this.setAttribute('data-rendered', 'true');
    } catch (error) {
      if (run !== this._importRun) {
        return;
      }
      const message = (error && error.message) || String(error);
      this._viewer.clear();
      this._error.textContent = 'The diagram cannot be shown: ' + message;
      this._error.hidden = false;
      this.setAttribute('data-error', message);
    }
  }

  _fit() {
    if (this.clientWidth > 0 && this.clientHeight > 0) {
      this._viewer.get('canvas').zoom('fit-viewport', 'auto');
      this._fitted = true;
    }
  }

  _resized() {
    if (!this.hasAttribute('data-rendered')) {
      return;
    }
    this._viewer.get('canvas').resized();
    if (!this._fitted) {
      this._fit();
    }
  }

  /** Markers and count badges from the current properties, replacing the ones drawn before. */
  _decorate() {
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    const overlays = this._viewer.get('overlays');

    for (const [id, marker] of this._marked) {
      if (registry.get(id)) {
        canvas.removeMarker(id, marker);
      }
    }
    this._marked = [];
    overlays.remove({ type: COUNT_OVERLAY });

    // ids the diagram does not have (e.g. a step of another version) are skipped, not an error
    const mark = (ids, marker) => ids.filter((id) => registry.get(id)).forEach((id) => {
      canvas.addMarker(id, marker);
      this._marked.push([id, marker]);
    });
    mark(this._taken, TAKEN);
    mark(this._active, ACTIVE);

    for (const [id, count] of Object.entries(this._counts)) {
      if (!registry.get(id)) {
        continue;
      }
      const badge = document.createElement('span');
      badge.className = COUNT_OVERLAY;
      badge.dataset.elementId = id;
      badge.textContent = String(count);
      badge.title = count === 1 ? 'passed once' : `passed ${count} times`;
      overlays.add(id, COUNT_OVERLAY, { position: { top: -10, right: 14 }, html: badge });
    }
  }
}

if (!customElements.get('er-bpmn-diagram')) {
  customElements.define('er-bpmn-diagram', ErBpmnDiagram);
}
