// Lets GOV.UK Frontend style the enhanced versions of components; pages work without it.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
