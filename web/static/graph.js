// Citation graph explorer: fetches /api/graph and draws a small force layout on a <canvas>.
// No library, no CDN: served from /static under the page's Content-Security-Policy (script-src 'self').
(function () {
  'use strict';
  var canvas = document.getElementById('graph-canvas');
  if (!canvas) return;
  var form = document.getElementById('graph-filters');
  var info = document.getElementById('graph-info');
  var ctx = canvas.getContext('2d');
  var COLORS = { plan: '#a4161a', directive: '#0b4f9c', clause: '#6a3d9a' };
  var nodes = [], edges = [], byId = {}, hover = null, drag = null, alpha = 1;
  var view = { x: 0, y: 0, k: 1 };

  function params() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v) p.append(k, v); });
    return p;
  }

  function load() {
    info.textContent = 'Đang tải đồ thị…';
    fetch('/api/graph?' + params().toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error + (body.detail ? ': ' + body.detail : ''));
          return body;
        });
      })
      .then(setData)
      .catch(function (e) { info.textContent = 'Không tải được đồ thị: ' + e.message; });
  }

  function setData(g) {
    var w = canvas.clientWidth, h = canvas.clientHeight;
    byId = {};
    nodes = g.nodes.map(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(1, g.nodes.length);
      var r = Math.min(w, h) * (n.kind === 'plan' ? 0.15 : 0.35);
      var node = Object.assign({ x: w / 2 + r * Math.cos(a), y: h / 2 + r * Math.sin(a), vx: 0, vy: 0, degree: 0 }, n);
      byId[n.id] = node;
      return node;
    });
    edges = g.edges.filter(function (e) { return byId[e.source] && byId[e.target]; }).map(function (e) {
      var s = byId[e.source], t = byId[e.target];
      s.degree += e.count; t.degree += e.count;
      return { s: s, t: t, relation: e.relation, count: e.count };
    });
    nodes.forEach(function (n) { n.r = 5 + Math.min(14, Math.sqrt(n.degree) * 2.2); });
    canvas.dataset.nodes = String(nodes.length);
    canvas.dataset.edges = String(edges.length);
    info.textContent = nodes.length
      ? nodes.length + ' nút, ' + edges.length + ' liên kết. Di chuột lên một nút để xem, bấm để mở.'
      : 'Không có nút nào khớp bộ lọc.';
    view = { x: 0, y: 0, k: 1 };
    // Settle most of the layout before the first paint, then let it ease into place.
    alpha = 1;
    while (alpha > 0.25) tick();
    requestAnimationFrame(frame);
  }

  function tick() {
    var w = canvas.clientWidth, h = canvas.clientHeight, i, j, a, b, dx, dy, d2, d, f;
    var k = Math.sqrt(w * h / Math.max(1, nodes.length)) * 0.55;
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j];
        dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
        f = k * k / d2 * 0.035;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y; d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      f = (d - k * 0.6) / d * 0.05;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    });
    nodes.forEach(function (n) {
      n.vx += (w / 2 - n.x) * 0.02; n.vy += (h / 2 - n.y) * 0.03;
      if (n === drag) { n.vx = n.vy = 0; return; }
      n.x += Math.max(-20, Math.min(20, n.vx * alpha)); n.y += Math.max(-20, Math.min(20, n.vy * alpha));
      // Keep every node (and a short label) on the canvas.
      n.x = Math.max(n.r + 4, Math.min(w - n.r - 60, n.x)); n.y = Math.max(n.r + 4, Math.min(h - n.r - 4, n.y));
      n.vx *= 0.6; n.vy *= 0.6;
    });
    alpha = Math.max(0, alpha - 0.003);
  }

  function resize() {
    var ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * ratio;
    canvas.height = canvas.clientHeight * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  function draw() {
    ctx.save();
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    ctx.translate(view.x, view.y);
    ctx.scale(view.k, view.k);
    edges.forEach(function (e) {
      var lit = hover && (e.s === hover || e.t === hover);
      ctx.strokeStyle = lit ? 'rgba(164,22,26,.8)' : 'rgba(90,100,114,.28)';
      ctx.lineWidth = Math.min(5, 0.8 + Math.log(1 + e.count)) / view.k;
      ctx.beginPath(); ctx.moveTo(e.s.x, e.s.y); ctx.lineTo(e.t.x, e.t.y); ctx.stroke();
    });
    nodes.forEach(function (n) {
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
      ctx.fillStyle = COLORS[n.kind] || '#5b6472';
      ctx.globalAlpha = hover && hover !== n && !linked(hover, n) ? 0.35 : 1;
      ctx.fill();
      ctx.lineWidth = 1.5 / view.k; ctx.strokeStyle = '#fff'; ctx.stroke();
    });
    ctx.globalAlpha = 1;
    ctx.font = (12 / view.k) + 'px "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
    ctx.fillStyle = '#1d2430';
    // Labels for the most cited documents first, skipping any that would overlap one already drawn.
    var placed = [];
    nodes.filter(function (n) { return n.kind === 'directive' || n === hover; })
      .sort(function (a, b) { return (b === hover) - (a === hover) || b.degree - a.degree; })
      .forEach(function (n) {
        var text = short(n.label, n === hover ? 90 : 24);
        var box = { x: n.x + n.r + 3, y: n.y - 8 / view.k, w: ctx.measureText(text).width, h: 14 / view.k };
        var clash = placed.some(function (p) {
          return box.x < p.x + p.w && p.x < box.x + box.w && box.y < p.y + p.h && p.y < box.y + box.h;
        });
        if (clash && n !== hover) return;
        placed.push(box);
        ctx.fillText(text, box.x, n.y + 4 / view.k);
      });
    ctx.restore();
  }

  function linked(a, b) {
    return edges.some(function (e) { return (e.s === a && e.t === b) || (e.t === a && e.s === b); });
  }

  function short(s, max) { return s.length > max ? s.slice(0, max - 1) + '…' : s; }

  function frame() {
    if (alpha > 0) tick();
    draw();
    if (alpha > 0 || drag) requestAnimationFrame(frame);
  }

  function at(ev) {
    var rect = canvas.getBoundingClientRect();
    var x = (ev.clientX - rect.left - view.x) / view.k, y = (ev.clientY - rect.top - view.y) / view.k;
    for (var i = nodes.length - 1; i >= 0; i--) {
      var n = nodes[i], dx = n.x - x, dy = n.y - y;
      if (dx * dx + dy * dy <= (n.r + 3) * (n.r + 3)) return n;
    }
    return null;
  }

  function describe(n) {
    var parts = [n.label];
    if (n.type) parts.push(n.type);
    if (n.year) parts.push(String(n.year));
    if (n.province) parts.push(n.province);
    return parts.join(' · ') + ' (' + n.degree + ' lượt trích dẫn)';
  }

  function url(n) {
    return n.kind === 'plan' ? '/plans/' + encodeURIComponent(n.id) : '/directives?key=' + encodeURIComponent(n.id);
  }

  var moved = false;
  canvas.addEventListener('mousemove', function (ev) {
    if (drag) {
      var rect = canvas.getBoundingClientRect();
      drag.x = (ev.clientX - rect.left - view.x) / view.k; drag.y = (ev.clientY - rect.top - view.y) / view.k;
      moved = true; draw(); return;
    }
    var n = at(ev);
    if (n !== hover) {
      hover = n;
      canvas.style.cursor = n ? 'pointer' : 'grab';
      if (n) info.textContent = describe(n);
      draw();
    }
  });
  canvas.addEventListener('mousedown', function (ev) { drag = at(ev); moved = false; if (drag) requestAnimationFrame(frame); });
  window.addEventListener('mouseup', function () { drag = null; });
  canvas.addEventListener('click', function (ev) {
    var n = at(ev);
    if (n && !moved) window.location.href = url(n);
  });
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var rect = canvas.getBoundingClientRect(), mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    var k = Math.max(0.3, Math.min(4, view.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
    view.x = mx - (mx - view.x) * k / view.k; view.y = my - (my - view.y) * k / view.k; view.k = k;
    draw();
  }, { passive: false });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    history.replaceState(null, '', '/graph?' + params().toString());
    load();
  });
  window.addEventListener('resize', function () { resize(); draw(); });

  resize();
  load();
})();
