// Progressive enhancement of the what-if form: ask the rating API (the one rating rule) whenever a score changes and
// show the answer in the live region. Without JavaScript the form submits and the server answers the same way.
const form = document.getElementById('what-if');
const result = document.getElementById('what-if-result');
if (form && result) {
  form.addEventListener('change', async () => {
    const query = new URLSearchParams(new FormData(form));
    query.set('framework', form.dataset.framework); // the assessment's own framework, not whichever is current
    try {
      const response = await fetch(form.dataset.ratingApi + '?' + query, { headers: { Accept: 'application/json' } });
      const body = await response.json();
      result.textContent = response.ok
        ? `With these scores: ${body.rating}, ${body.percentage}% (${body.fraction}): ${body.distances}`
        : `These scores cannot be rated: ${body.detail}`;
    } catch (e) {
      result.textContent = 'The rating could not be worked out here; use the button to work it out.';
    }
  });
}
