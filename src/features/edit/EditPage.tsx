/**
 * Your own architecture (`#/edit`): a YAML file written, checked and drawn in the browser with the same
 * checks and layout as the build, cut like the shipped ones, shared as a link that carries the whole
 * file, and downloaded as a file `npm run validate` accepts. The file being edited is kept in this
 * browser; a shared file is shown as it came, and becomes the reader's own only when they ask.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Problem } from '../../check/problems';
import { architectureIndex, loadBundle } from '../../dataset/access';
import { declaredId, keepOwnFile, offerOwnDrawing, ownFile } from '../../dataset/yours';
import { absoluteLink } from '../../url/binding';
import { toHash, type Choices } from '../../url/codec';
import { setChoices, useExplorer, type ExplorerState } from '../../url/store';
import { buttonClass } from '../../ui/buttonClass';
import { download } from '../../parts/export/download';
import { TEMPLATE } from './template';
import { MAX_BYTES } from './limits';
import { useCheckedFile } from './useCheckedFile';
import { decodeFile, encodeFile, LONG_LINK } from './fileLink';
import { EditDiagram } from './EditDiagram';
import type { EditorHandle } from './CodeEditor';

// CodeMirror is most of the page's weight: its chunk loads while the page's first check runs.
const CodeEditor = lazy(() => import('./CodeEditor').then((m) => ({ default: m.CodeEditor })));

const selectFile = (s: ExplorerState) => s.choices.file;
const selectFrom = (s: ExplorerState) => s.choices.from;

type Source = 'own' | 'shared';

export function EditPage() {
  const file = useExplorer(selectFile);
  const from = useExplorer(selectFrom);
  // The file the link opened: each opening starts the editor afresh with it.
  const [opened, setOpened] = useState<{ text: string; source: Source; n: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // What the link asks for: a shared file, a copy of a shipped architecture, or the file kept here.
  useEffect(() => {
    let current = true;
    // The template, once shown, is the reader's file: the explorer's pages can show it (#/arch/yours).
    const own = () => {
      const kept = ownFile();
      if (kept !== null) return kept;
      keepOwnFile(TEMPLATE);
      return TEMPLATE;
    };
    const open = async (): Promise<[string, Source]> => {
      if (file) {
        try {
          return [await decodeFile(file), 'shared'];
        } catch (error) {
          setNotice(
            `The architecture in this link could not be opened: ${(error as Error).message}. Your own file is shown.`,
          );
          return [own(), 'own'];
        }
      }
      if (from) {
        const bundle = await loadBundle(from).catch(() => null);
        if (!bundle) {
          setNotice(`There is no architecture "${from}" to copy. Your own file is shown.`);
          return [own(), 'own'];
        }
        const { architectureToYaml } = await import('../../check/toYaml');
        const copy = architectureToYaml(
          bundle.architecture,
          `A copy of ${bundle.architecture.name}, from the Edge Architecture Explorer.\nChange the id (and the file name) before proposing it as a new architecture.`,
        );
        keepOwnFile(copy);
        return [copy, 'own'];
      }
      return [own(), 'own'];
    };
    void open().then(([text, kind]) => {
      if (!current) return;
      setOpened((last) => ({ text, source: kind, n: (last?.n ?? 0) + 1 }));
      // A copy is now the reader's own file: the link no longer needs to name it.
      if (from) setChoices({ from: null });
    });
    return () => {
      current = false;
    };
  }, [file, from]);

  if (opened === null) return <p className="p-6">Opening the file…</p>;
  return (
    <Editor
      key={opened.n}
      initial={opened.text}
      shared={opened.source === 'shared'}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
    />
  );
}

function Editor({
  initial,
  shared,
  notice,
  onDismissNotice,
}: {
  initial: string;
  shared: boolean;
  notice: string | null;
  onDismissNotice: () => void;
}) {
  const [text, setText] = useState(initial);
  const [own, setOwn] = useState(!shared);
  const [status, setStatus] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  const id = declaredId(text);
  const fileName = `${id ?? 'architecture'}.yaml`;
  const checked = useCheckedFile(text, fileName);
  const errors = checked.problems.filter((p) => p.severity === 'error');
  const warnings = checked.problems.length - errors.length;
  // The explorer's pages show the kept file (#/arch/yours): what was just drawn spares them drawing it again.
  const drawnNow = own && checked.bundle !== null && !checked.stale && !checked.checking ? checked.bundle : null;
  useEffect(() => {
    if (drawnNow) offerOwnDrawing(text, drawnNow);
  }, [drawnNow, text]);

  const change = (next: string) => {
    setText(next);
    setLink(null);
    if (own) keepOwnFile(next);
  };
  const replace = (next: string, what: string) => {
    if (next.length > MAX_BYTES) {
      setStatus(`${what} is larger than 2 MiB: not opened.`);
      return;
    }
    change(next);
    setStatus(`${what} opened.`);
  };
  const openFile = async (picked: File | undefined) => {
    if (!picked) return;
    if (picked.size > MAX_BYTES) return setStatus(`${picked.name} is larger than 2 MiB: not opened.`);
    replace(await picked.text(), picked.name);
  };
  const keep = () => {
    keepOwnFile(text);
    setOwn(true);
    setChoices({ file: null });
  };
  const share = async () => {
    const code = await encodeFile(text);
    const href = absoluteLink(toHash({ ...useExplorer.getState().choices, file: code, from: null } as Choices));
    setLink(href);
    if (href.length > LONG_LINK) {
      setStatus(
        `The link is ${href.length.toLocaleString('en')} characters: most chat tools and wikis cut links over ${LONG_LINK.toLocaleString('en')}. Download the .yaml to share this file instead.`,
      );
      return;
    }
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied: it holds the whole file.');
    } catch {
      setStatus('The link holds the whole file: copy it from the box below.');
    }
  };
  const goTo = (problem: Problem) => editor.current?.selectLine(problem.line);

  return (
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- a file dropped anywhere on the page opens
    <div
      className="flex h-full min-h-0 flex-col"
      onDragOver={(e: DragEvent) => e.preventDefault()}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        void openFile(e.dataTransfer.files[0]);
      }}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b-2 border-line bg-surface px-3 py-1">
        <div className="min-w-0 flex-1 md:basis-56">
          <h1 className="text-base leading-tight font-bold md:text-lg">Your own architecture</h1>
          {shared && !own ? (
            <p className="text-sm font-semibold text-warn" data-testid="shared-badge">
              Shared architecture, not part of the reference set
            </p>
          ) : (
            <p className="text-sm text-muted">Checked and drawn as you type; kept in this browser.</p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="File">
          {shared && !own && (
            <button type="button" className={`${buttonClass} border-ok text-ok`} onClick={keep}>
              Keep as my file
            </button>
          )}
          <button
            type="button"
            className={`${buttonClass} border-line`}
            onClick={() => replace(TEMPLATE, 'The template')}
          >
            New from template
          </button>
          <label className="flex items-center gap-1">
            <span className="text-sm">Copy of</span>
            <select
              className="rounded-md border-2 border-line bg-surface px-1 py-0.5"
              value=""
              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                e.target.value && setChoices({ from: e.target.value, file: null })
              }
            >
              <option value="">a shipped architecture…</option>
              {architectureIndex.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label className={`${buttonClass} cursor-pointer border-line focus-within:outline-2`}>
            Open file…
            <input
              type="file"
              accept=".yaml,.yml,text/yaml"
              className="sr-only"
              onChange={(e) => void openFile(e.target.files?.[0])}
            />
          </label>
          <button
            type="button"
            className={`${buttonClass} border-line`}
            onClick={() => download(new Blob([text], { type: 'application/yaml' }), fileName)}
          >
            Download .yaml
          </button>
          <button type="button" className={`${buttonClass} border-accent text-accent`} onClick={() => void share()}>
            Share link
          </button>
          {own && (
            <a
              className={`${buttonClass} border-accent text-accent no-underline`}
              href="#/arch/yours"
              data-testid="open-own"
            >
              Show in the explorer
            </a>
          )}
        </div>
      </header>
      {(notice || status || link) && (
        <div
          className="flex flex-col gap-1 border-b-2 border-line px-3 py-1 text-sm"
          role="status"
          data-testid="edit-status"
        >
          {notice && (
            <p className="flex items-center gap-2">
              <span>{notice}</span>
              <button type="button" className="underline" onClick={onDismissNotice}>
                Dismiss
              </button>
            </p>
          )}
          {status && <p>{status}</p>}
          {link && (
            <input
              readOnly
              aria-label="Link to this file"
              value={link}
              className="w-full rounded border border-line bg-surface px-1 font-mono text-xs"
              onFocus={(e) => e.target.select()}
              data-testid="edit-link"
            />
          )}
        </div>
      )}
      <div className="flex min-h-0 flex-1 max-md:flex-col">
        <section className="flex min-h-0 flex-col border-line max-md:h-1/2 md:w-[38%] md:min-w-[22rem] md:border-r-2">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 px-3 pt-1">
            <h2 className="text-sm font-semibold">{fileName}</h2>
            <p className="text-xs text-muted" data-testid="edit-keys">
              Ctrl+Space completes · Tab indents: press Esc then Tab to leave the editor
            </p>
          </div>
          <Suspense fallback={<p className="min-h-0 flex-1 px-3 py-1 text-muted">Loading the editor…</p>}>
            <CodeEditor
              value={text}
              onChange={change}
              problems={checked.problems}
              current={!checked.checking}
              handle={editor}
              label={fileName}
            />
          </Suspense>
          <div
            id="edit-problems"
            className="max-h-[40%] overflow-y-auto border-t-2 border-line px-3 py-1 text-sm"
            aria-live="polite"
            data-testid="edit-problems"
            data-errors={errors.length}
          >
            <p className="font-semibold">
              {checked.checking
                ? 'Checking…'
                : errors.length > 0
                  ? `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}${warnings ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}: ${checked.bundle ? 'the diagram shows the last version that drew' : 'nothing to draw yet'}`
                  : (checked.failure ??
                    `✓ Valid${warnings ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}: drawn as the build would draw it`)}
            </p>
            <ul className="flex flex-col gap-0.5">
              {checked.problems.slice(0, 100).map((p, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="text-left hover:underline"
                    onClick={() => goTo(p)}
                    data-testid="edit-problem"
                    data-line={p.line}
                  >
                    <span className={p.severity === 'error' ? 'font-semibold text-bad' : 'text-warn'}>
                      {p.severity === 'error' ? 'Error' : 'Warning'}
                    </span>{' '}
                    line {p.line}, column {p.column} · <code>{p.path}</code>: {p.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </section>
        <main
          className="relative min-h-0 flex-1"
          data-testid="graph"
          data-stale={checked.stale ? 'true' : 'false'}
          aria-label="Your architecture's diagram"
        >
          {checked.bundle ? (
            <EditDiagram bundle={checked.bundle} stale={checked.stale} />
          ) : (
            <p className="p-6 text-muted">
              {checked.checking ? 'Drawing…' : 'The diagram appears once the file has no error.'}
            </p>
          )}
        </main>
      </div>
    </div>
  );
}
