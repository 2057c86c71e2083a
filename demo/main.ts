// The demo site's own script (not part of the widgets): adds a "Sao chép" button
// to every code snippet on the embedding guide. Without JavaScript the snippets
// are still there to select and copy by hand, so the button is added here rather
// than written into the page.
import './site.css';

function addCopyButton(snippet: HTMLElement, status: HTMLElement): void {
  const source = snippet.querySelector('pre');
  if (!source) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Sao chép';
  button.addEventListener('click', async () => {
    let message = 'Đã sao chép mã.';
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
    } catch {
      message = 'Không sao chép được. Hãy chọn đoạn mã rồi nhấn Ctrl+C.';
    }
    button.textContent = message === 'Đã sao chép mã.' ? 'Đã sao chép' : 'Sao chép';
    status.textContent = message;
  });
  snippet.prepend(button);
}

const snippets = document.querySelectorAll<HTMLElement>('.snippet');
if (snippets.length) {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  snippets.forEach((snippet) => addCopyButton(snippet, status));
}

// The header's search box sends ?q= to the search page: <loa-search> takes it as its query.
const query = new URLSearchParams(location.search).get('q');
const search = document.querySelector('loa-search');
if (query && search) search.setAttribute('query', query);
