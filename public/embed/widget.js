/*
 * Shows a product's top questions from the help center on the product's own page:
 *   <div data-faq-product="widget-pro"></div>            (data-faq-lang="zh" for another language than the site's default)
 *   <script src="https://help.example.com/embed/widget.js" defer></script>
 * Text is set with textContent, never parsed as HTML.
 */
(function () {
  var script = document.currentScript;
  var root = new URL('../', script ? script.src : location.href);
  function render(element, data) {
    var heading = document.createElement('h2');
    heading.textContent = data.title;
    var list = document.createElement('ul');
    data.questions.forEach(function (item) {
      var link = document.createElement('a');
      link.href = item.url.indexOf('http') === 0 ? item.url : new URL(item.url, root).href;
      link.textContent = item.question;
      var li = document.createElement('li');
      li.appendChild(link);
      list.appendChild(li);
    });
    var more = document.createElement('a');
    more.href = data.more.url.indexOf('http') === 0 ? data.more.url : new URL(data.more.url, root).href;
    more.textContent = data.more.label;
    element.replaceChildren(heading, list, more);
  }
  document.querySelectorAll('[data-faq-product]').forEach(function (element) {
    var lang = element.getAttribute('data-faq-lang');
    var path = (lang ? lang + '/' : '') + 'embed/p/' + encodeURIComponent(element.getAttribute('data-faq-product')) + '.json';
    fetch(new URL(path, root))
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (data) { render(element, data); })
      .catch(function () { /* the product page stays as it was */ });
  });
})();
