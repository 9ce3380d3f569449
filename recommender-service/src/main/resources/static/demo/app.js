// Pointe demo storefront: plain JavaScript against the service's public API, no build step.
const $ = (id) => document.getElementById(id);
const cart = [];
// the shopper's session: experiments assign arms by it, events carry it
const session = sessionStorage.getItem('pointe-session') || ('demo-' + Math.random().toString(36).slice(2, 12));
sessionStorage.setItem('pointe-session', session);
const cameFrom = {}; // sku -> the recommendationId of the answer it was clicked in
let eventCount = 0;

// Sends shopper events (fire and forget: the shop's pages never wait for analytics).
function sendEvents(events) {
  if (!events.length) return Promise.resolve();
  const time = new Date().toISOString();
  const body = {
    events: events.map((e) => ({ eventId: session + '-' + Date.now() + '-' + (eventCount++), sessionId: session, time, ...e })),
  };
  return fetch('/v1/events', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    .catch(() => {});
}

function impressions(answer) {
  return answer.items.map((item) => ({ type: 'impression', sku: item.sku, recommendationId: answer.recommendationId }));
}

async function getJson(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.json();
}

function card(item, withReason, recommendationId) {
  const li = document.createElement('li');
  li.className = 'card';
  li.dataset.sku = item.sku;
  li.dataset.category = item.category;
  const open = document.createElement('button');
  open.className = 'open';
  open.type = 'button';
  open.setAttribute('aria-label', item.title + ', ' + item.category);
  open.innerHTML = `<img src="/images/${encodeURIComponent(item.sku)}.svg" alt="" width="160" height="160">
    <span class="title"></span><span class="category"></span> · <span class="price"></span>`;
  open.querySelector('.title').textContent = item.title;
  open.querySelector('.category').textContent = item.category;
  open.querySelector('.price').textContent = '€' + Number(item.price).toFixed(2);
  open.addEventListener('click', () => {
    if (recommendationId) {
      cameFrom[item.sku] = recommendationId;
      sendEvents([{ type: 'click', sku: item.sku, recommendationId }]);
    }
    showProduct(item.sku);
  });
  li.appendChild(open);
  if (withReason && item.reason) {
    const reason = document.createElement('span');
    reason.className = 'reason';
    reason.textContent = item.reason;
    li.appendChild(reason);
  }
  return li;
}

function fill(list, items, withReason, recommendationId) {
  list.replaceChildren(...items.map((item) => card(item, withReason, recommendationId)));
}

async function showCatalog() {
  $('product').hidden = true;
  $('catalog').hidden = false;
  const popular = await getJson('/v1/popular?limit=8');
  const sections = Object.entries(popular).map(([category, items]) => {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = category;
    const list = document.createElement('ul');
    list.className = 'cards';
    fill(list, items.map(([sku, title, cat, price]) => ({ sku, title, category: cat, price })), false);
    section.append(heading, list);
    return section;
  });
  $('catalog').replaceChildren(...sections);
}

async function showProduct(sku) {
  const asShopper = { headers: { 'X-Pointe-Session': session } };
  const [item, look, similar] = await Promise.all([
    getJson('/v1/items/' + encodeURIComponent(sku)),
    getJson('/v1/items/' + encodeURIComponent(sku) + '/complete-the-look?limit=8', asShopper),
    getJson('/v1/items/' + encodeURIComponent(sku) + '/similar?limit=6', asShopper),
  ]);
  $('catalog').hidden = true;
  $('product').hidden = false;
  $('product').dataset.sku = sku;
  $('product-image').src = '/images/' + encodeURIComponent(sku) + '.svg';
  $('product-title').textContent = item.title;
  $('product-meta').textContent = item.category + ' · ' + item.brand + ' · €' + Number(item.price).toFixed(2);
  $('model-version').textContent = look.modelVersion + (look.degraded ? ' (stock not checked)' : '');
  $('product').dataset.price = item.price;
  fill($('look'), look.items, true, look.recommendationId);
  fill($('similar'), similar.items, true, similar.recommendationId);
  sendEvents([{ type: 'view', sku, recommendationId: cameFrom[sku] }, ...impressions(look), ...impressions(similar)]);
  window.scrollTo(0, 0);
}

async function addToCart() {
  const sku = $('product').dataset.sku;
  if (!sku || cart.includes(sku)) return;
  cart.push(sku);
  sendEvents([{ type: 'add_to_cart', sku, quantity: 1, price: Number($('product').dataset.price), recommendationId: cameFrom[sku] }]);
  const li = document.createElement('li');
  li.dataset.price = $('product').dataset.price;
  li.textContent = $('product-title').textContent;
  $('cart-items').appendChild(li);
  const look = await getJson('/v1/looks', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ skus: cart, limit: 6 }),
  });
  $('cart-empty').hidden = true;
  $('checkout').hidden = false;
  fill($('cart-look'), look.items, true, look.recommendationId);
  sendEvents(impressions(look));
}

// A pretend checkout: one purchase event per cart item, attributed to the answer it was clicked in.
async function checkout() {
  const prices = Array.from($('cart-items').children).map((li) => Number(li.dataset.price));
  await sendEvents(cart.map((sku, i) => ({ type: 'purchase', sku, quantity: 1, price: prices[i], recommendationId: cameFrom[sku] })));
  cart.length = 0;
  $('cart-items').replaceChildren();
  $('cart-look').replaceChildren();
  $('checkout').hidden = true;
  $('cart-empty').hidden = false;
  $('cart-empty').textContent = 'Thank you! Your order is on its way.';
}

$('home').addEventListener('click', (e) => { e.preventDefault(); showCatalog(); });
$('back').addEventListener('click', showCatalog);
$('add-to-cart').addEventListener('click', addToCart);
$('checkout').addEventListener('click', checkout);
getJson('/actuator/health').then((h) => {
  const model = h.components && h.components.model && h.components.model.details;
  $('model-version').textContent = model && model.version ? model.version : 'none published';
}).catch(() => { $('model-version').textContent = 'unknown'; });
showCatalog().catch((e) => { $('catalog').textContent = 'The shop is not ready: ' + e.message; });
