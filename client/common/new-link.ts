// The screen, judge and audience pages read who they are from the part of the address after '#'
// once, at start. Pasting another contest's link into the same tab changes only that part, which
// does not reload the page: the projector would go on showing the last contest's 擂主 while the
// host's console says the new one is on its welcome page. A new link is a new page.
export function startAgainOnNewLink(): void {
  window.addEventListener('hashchange', () => location.reload());
}
