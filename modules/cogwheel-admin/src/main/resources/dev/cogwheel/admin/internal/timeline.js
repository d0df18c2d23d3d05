(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var LABEL = 190;
  var AXIS = 22;
  var LANE = 28;
  var NODE_W = 180;
  var NODE_H = 24;
  var TOP = 34;
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var selected = null;

  function svg(name, attributes, parent) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    parent.appendChild(element);
    return element;
  }

  function text(parent, x, y, content, cls) {
    var element = svg('text', { x: x, y: y, 'class': cls }, parent);
    element.textContent = content;
    return element;
  }

  function clear(element) {
    while (element.firstChild) { element.removeChild(element.firstChild); }
  }

  function ms(value, digits) {
    if (digits === undefined) { digits = value === 0 || value >= 10 ? 0 : value < 1 ? 2 : 1; }
    return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) + ' ms';
  }

  function fit(label, width) {
    var chars = Math.floor(width / 6.6);
    return label.length <= chars ? label : chars < 4 ? '' : label.slice(0, chars - 1) + '\u2026';
  }

  function byId(id) {
    return data.components.filter(function (c) { return c.id === id; })[0];
  }

  function relation(component) {
    if (selected === null) { return ''; }
    if (component.id === selected) { return 'selected'; }
    var chosen = byId(selected);
    if (chosen.dependencies.indexOf(component.id) >= 0) { return 'dependency'; }
    if (chosen.dependents.indexOf(component.id) >= 0) { return 'dependent'; }
    return 'dimmed';
  }

  function tooltip(component) {
    var lines = [component.key, component.type, 'start: ' + ms(component.start.own) + ' own, '
      + ms(component.start.end - component.start.begin) + ' with its dependencies'];
    if (component.failed) { lines.push('its start failed: ' + data.failure.cause); }
    if (component.stop) { lines.push('stop: ' + ms(component.stop.end - component.stop.begin)); }
    if (component.stopFailure) { lines.push('its release failed: ' + component.stopFailure); }
    lines.push('depends on: ' + (component.dependencies.map(function (id) { return byId(id).key; }).join(', ') || 'nothing'));
    return lines.join('\n');
  }

  function niceStep(total) {
    var rough = total / 8;
    var power = Math.pow(10, Math.floor(Math.log10(rough)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= rough) { return steps[i] * power; }
    }
    return 10 * power;
  }

  function timeline(phase) {
    var chart = document.getElementById(phase);
    clear(chart);
    var axis = data[phase];
    var width = Math.max(640, chart.parentElement.clientWidth);
    var lanes = axis.lanes;
    var height = AXIS + Math.max(1, lanes.length) * LANE + 4;
    chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    chart.setAttribute('height', height);
    var drawn = data.components.filter(function (c) { return c[phase]; });
    if (drawn.length === 0) {
      text(chart, LABEL, AXIS + 18, phase === 'start' ? 'No component has started yet.' : 'No component has been released yet.', 'empty');
      return;
    }
    var plot = width - LABEL - 48;
    var total = Math.max(axis.millis, 0.001);
    var scale = plot / total;
    lanes.forEach(function (lane, i) {
      svg('rect', { x: 0, y: AXIS + i * LANE, width: width, height: LANE - 2, 'class': 'lane' }, chart);
      var label = text(chart, 4, AXIS + i * LANE + 17, lane === null ? 'failed start' : fit(lane, LABEL - 8), 'lane-label');
      svg('title', {}, label).textContent = lane === null ? 'the thread of the failed start is not recorded' : lane;
    });
    var step = niceStep(total);
    for (var t = 0; t <= total + step / 1000; t += step) {
      var x = LABEL + t * scale;
      svg('line', { x1: x, x2: x, y1: AXIS - 4, y2: height, 'class': 'grid' }, chart);
      text(chart, x + 2, AXIS - 8, ms(t, t === 0 ? 0 : Math.max(0, Math.ceil(-Math.log10(step)))), 'tick');
    }
    drawn.forEach(function (component) { bar(chart, phase, component, scale); });
  }

  function bar(chart, phase, component, scale) {
    var span = component[phase];
    var begin = phase === 'start' ? span.end - span.own : span.begin;
    var x = LABEL + begin * scale;
    var y = AXIS + span.lane * LANE + 3;
    var width = Math.max(2, (span.end - begin) * scale);
    var classes = ['bar', phase];
    if (phase === 'start' && component.critical) { classes.push('critical'); }
    if (component.failed || (phase === 'stop' && component.stopFailure)) { classes.push('failed'); }
    var related = relation(component);
    if (related && related !== 'dimmed') { classes.push(related); }
    var rect = svg('rect', { x: x, y: y, width: width, height: LANE - 8, rx: 2, 'class': classes.join(' '),
      'data-id': component.id, 'data-key': component.key }, chart);
    svg('title', {}, rect).textContent = tooltip(component);
    rect.addEventListener('click', function () { select(component.id); });
    var label = fit(component.key, width - 6);
    if (label) { text(chart, x + 3, y + 14, label, 'bar-label'); }
    if (related === 'selected' && (begin - span.begin) * scale >= 1) {
      svg('rect', { x: LABEL + span.begin * scale, y: y - 2, width: (span.end - span.begin) * scale,
        height: LANE - 4, 'class': 'span-outline' }, chart);
    }
  }

  /** A curve from a dependency's right side to its dependent's left; over the boxes between them when it skips layers. */
  function edge(from, to) {
    var x1 = from.x + NODE_W;
    var y1 = from.y + NODE_H / 2;
    var x2 = to.x;
    var y2 = to.y + NODE_H / 2;
    var skips = x2 - x1 > NODE_W;
    var lift = skips ? Math.min(y1, y2) - NODE_H - 18 : null;
    var c1 = skips ? (x1 + 40) + ',' + lift : (x1 + 30) + ',' + y1;
    var c2 = skips ? (x2 - 40) + ',' + lift : (x2 - 30) + ',' + y2;
    return 'M' + x1 + ',' + y1 + ' C' + c1 + ' ' + c2 + ' ' + x2 + ',' + y2;
  }

  function graph() {
    var chart = document.getElementById('graph');
    clear(chart);
    var rows = [];
    var place = {};
    data.components.forEach(function (component) {
      var layer = rows[component.layer] = rows[component.layer] || [];
      place[component.id] = { x: 10 + component.layer * (NODE_W + 48), y: TOP + layer.length * (NODE_H + 10) };
      layer.push(component);
    });
    var tallest = rows.reduce(function (most, layer) { return Math.max(most, layer ? layer.length : 0); }, 0);
    var width = 20 + rows.length * (NODE_W + 48);
    var height = TOP + 10 + tallest * (NODE_H + 10);
    chart.setAttribute('width', width);
    chart.setAttribute('height', height);
    chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    data.components.forEach(function (component) {
      component.dependencies.forEach(function (id) {
        var from = place[id];
        var to = place[component.id];
        var cls = 'edge';
        if (selected !== null) {
          cls += component.id === selected ? ' dependency' : id === selected ? ' dependent' : ' dimmed';
        }
        svg('path', { d: edge(from, to), 'class': cls, 'data-from': component.id, 'data-to': id }, chart);
      });
    });
    data.components.forEach(function (component) {
      var classes = ['node'];
      if (component.critical) { classes.push('critical'); }
      if (component.failed) { classes.push('failed'); }
      var related = relation(component);
      if (related) { classes.push(related); }
      var node = svg('g', { 'class': classes.join(' '), 'data-id': component.id, 'data-key': component.key }, chart);
      svg('rect', { x: place[component.id].x, y: place[component.id].y, width: NODE_W, height: NODE_H, rx: 4 }, node);
      text(node, place[component.id].x + 6, place[component.id].y + 16, fit(component.key, NODE_W - 10), '');
      svg('title', {}, node).textContent = tooltip(component);
      node.addEventListener('click', function () { select(component.id); });
    });
  }

  function row(list, term, value) {
    var dt = document.createElement('dt');
    dt.textContent = term;
    var dd = document.createElement('dd');
    if (typeof value === 'string') { dd.textContent = value; } else { dd.appendChild(value); }
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function links(ids) {
    if (ids.length === 0) { return 'none'; }
    var list = document.createElement('ul');
    ids.forEach(function (id) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = byId(id).key;
      button.addEventListener('click', function () { select(id); });
      list.appendChild(document.createElement('li')).appendChild(button);
    });
    return list;
  }

  function details() {
    var panel = document.getElementById('details');
    while (panel.children.length > 1) { panel.removeChild(panel.lastChild); }
    var component = selected === null ? null : byId(selected);
    if (!component) {
      var hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = 'Click a bar or a box.';
      panel.appendChild(hint);
      return;
    }
    var list = panel.appendChild(document.createElement('dl'));
    row(list, 'key', component.key);
    row(list, 'type', component.type);
    row(list, 'start order', String(component.id));
    row(list, 'start', component.failed ? 'failed: ' + data.failure.cause
      : ms(component.start.own) + ' own, ' + ms(component.start.end - component.start.begin) + ' with its dependencies');
    row(list, 'start thread', component.start.thread === null ? 'not recorded' : component.start.thread);
    row(list, 'critical path', component.critical ? 'yes' : 'no');
    row(list, 'stop', component.stop ? ms(component.stop.end - component.stop.begin) : 'not released');
    if (component.stop) { row(list, 'stop thread', component.stop.thread); }
    if (component.stopFailure) { row(list, 'stop failure', component.stopFailure); }
    row(list, 'depends on', links(component.dependencies));
    row(list, 'needed by', links(component.dependents));
  }

  function summary() {
    document.title = 'Timeline of ' + data.container + ' \u2014 Cogwheel';
    document.getElementById('title').textContent = 'Lifecycle timeline of \u201c' + data.container + '\u201d: ' + data.state;
    var started = data.components.filter(function (c) { return !c.failed; });
    var critical = started.filter(function (c) { return c.critical; });
    var parts = [started.length + (started.length === 1 ? ' component' : ' components'),
      'start ' + ms(data.start.millis) + ' on ' + data.start.lanes.filter(function (l) { return l !== null; }).length + ' thread(s)',
      'critical path ' + ms(data.start.criticalMillis) + ' through ' + critical.length + ' component(s)'];
    if (data.stop.lanes.length > 0) { parts.push('stop ' + ms(data.stop.millis)); }
    if (data.failure) {
      var failed = data.failure.component === null ? null : byId(data.failure.component);
      parts.push('start failed' + (failed ? ' in ' + failed.key : '') + ': ' + data.failure.cause);
      if (data.components.every(function (c) { return c.dependencies.length === 0; })) {
        note('The container records no dependencies for a start that failed: the graph has no edges and the critical path counts single components.');
      }
    }
    document.getElementById('summary').textContent = parts.join(' \u00b7 ');
  }

  function note(message) {
    var element = document.getElementById('note');
    element.textContent = message;
    element.hidden = false;
  }

  function render() {
    summary();
    timeline('start');
    timeline('stop');
    graph();
    details();
  }

  function select(id) {
    selected = selected === id ? null : id;
    render();
  }

  function poll() {
    if (!data.live || (data.state !== 'STARTING' && data.state !== 'STOPPING')) { return; }
    setTimeout(function () {
      fetch(location.pathname + '?format=json', { cache: 'no-store' })
        .then(function (response) {
          if (!response.ok) { throw new Error('status ' + response.status); }
          return response.json();
        })
        .then(function (next) {
          data = next;
          if (selected !== null && !byId(selected)) { selected = null; }
          render();
          poll();
        }, function () {
          note('The admin server no longer answers: this is the last picture it gave.');
        });
    }, 1000);
  }

  window.addEventListener('resize', render);
  render();
  poll();
}());
