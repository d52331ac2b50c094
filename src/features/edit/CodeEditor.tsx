/**
 * The editor's text box: CodeMirror 6 with YAML highlighting, the worker's problems as located
 * diagnostics (a wavy line under the spot and a marker in the gutter), and completion and hover read from
 * the architecture file's JSON Schema (schemaHelp.ts). Themed from the app's colour variables (custom
 * properties reach into a shadow root), so light, dark and projector need nothing of their own.
 *
 * The editor lives in a shadow root of its own: CodeMirror's style-mod writes its styles into a <style>
 * element in a document, which the page's policy (style-src 'self', nothing inline) refuses, but as a
 * constructed style sheet (adoptedStyleSheets) in a shadow root, which the policy does not govern. It
 * builds its DOM with createElement, never HTML strings, so Trusted Types are satisfied too. Since ids do
 * not reach into a shadow root, the editor is labelled by aria-label and aria-description rather than by
 * the page's elements. Loaded with the editor's page only, as a lazy chunk of its own.
 *
 * Keys: Tab indents. To move on to the next control, press Esc then Tab (or Ctrl+M to make Tab move focus
 * until Ctrl+M again). Ctrl+Space completes, Ctrl+Shift+M lists the problems, Ctrl+F searches.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { tags } from '@lezer/highlight';
import type { Problem } from '../../check/problems';
import schema from '../../../architectures/schema/architecture.schema.json';
import { completeAt, describeType, hoverAt, type SchemaNode } from './schemaHelp';

const root = schema as SchemaNode;

/** What the page asks of the editor. */
export interface EditorHandle {
  /** Selects a line (1-based) and brings it into view, with the focus. */
  selectLine: (line: number) => void;
}

function complete(context: CompletionContext): CompletionResult | null {
  const found = completeAt(root, context.state.doc.toString(), context.pos);
  if (!found) return null;
  // Offered while typing only once a word has begun; Ctrl+Space offers them anywhere.
  if (!context.explicit && found.from === context.pos && !/[:\-{,[]\s*$/.test(context.state.sliceDoc(0, context.pos)))
    return null;
  return {
    from: found.from,
    validFor: /^[\w-]*$/,
    options: found.options.map((o) => ({
      label: o.label,
      apply: o.apply,
      detail: o.detail,
      info: o.info ?? undefined,
      boost: o.boost,
      type: o.apply.endsWith(': ') || o.apply.includes('\n') ? 'property' : 'enum',
    })),
  };
}

const hover = hoverTooltip((view, pos) => {
  const found = hoverAt(root, view.state.doc.toString(), pos);
  if (!found) return null;
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-schema-hover';
      dom.dataset.testid = 'edit-hover';
      const title = document.createElement('p');
      const key = document.createElement('strong');
      key.textContent = found.key;
      title.append(key, ` · ${found.required ? 'required, ' : ''}${describeType(found.node)}`);
      dom.append(title);
      if (found.node.description) {
        const description = document.createElement('p');
        description.textContent = found.node.description;
        dom.append(description);
      }
      return { dom };
    },
  };
});

/** The colours of the page's theme (styles.css): light, dark and projector follow the root's class. */
const theme = EditorView.theme({
  '&': {
    height: '100%',
    minHeight: '0',
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    // The page's text size (larger in the projector theme), a little smaller as code.
    fontSize: '0.93em',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '-2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace', lineHeight: '1.45' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'color-mix(in srgb, var(--accent) 35%, transparent)' },
  // See-through, so that the selection drawn beneath the lines shows on the active line too.
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 7%, transparent)' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': {
    backgroundColor: 'transparent',
    outline: '1px solid var(--accent)',
  },
  '.cm-searchMatch': { backgroundColor: 'var(--warn-bg)', outline: '1px solid var(--warn)' },
  '.cm-selectionMatch': { backgroundColor: 'color-mix(in srgb, var(--accent) 18%, transparent)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '2px solid var(--border)',
    borderRadius: '6px',
    maxWidth: 'min(28rem, 90vw)',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'inherit', maxHeight: '14em' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '2px 6px' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-contrast)',
  },
  '.cm-completionDetail': { fontStyle: 'normal', opacity: '0.85', marginLeft: '0.75em' },
  '.cm-completionInfo': { padding: '4px 8px' },
  '.cm-schema-hover': { padding: '4px 8px', maxWidth: '28rem' },
  // The page's CSS reset stops at the shadow root: the browser's paragraph margins are undone here.
  '.cm-schema-hover p': { margin: '0' },
  '.cm-schema-hover p + p': { marginTop: '4px' },
  '.cm-diagnostic': { padding: '3px 8px' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--bad)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--warn)' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--bad)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--warn)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '2px solid var(--border)' },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-contrast)' },
  '.cm-textfield, .cm-button': {
    backgroundColor: 'var(--surface)',
    backgroundImage: 'none',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
});

/** YAML's parts in the theme's text colours, each readable on the editor's background in every theme. */
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--accent)', fontWeight: '600' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--ok)' },
  { tag: [tags.number, tags.bool, tags.null, tags.keyword, tags.atom], color: 'var(--wan)' },
  { tag: [tags.meta, tags.labelName, tags.typeName], color: 'var(--warn)' },
  { tag: tags.invalid, color: 'var(--bad)' },
]);

/** What the editor says it is, and how to use and leave it by keyboard. */
const KEYS =
  'Tab indents; press Escape then Tab to leave the editor. Control+Space completes, Control+Shift+M lists the problems.';
const labelled = (label: string) => EditorView.contentAttributes.of({ 'aria-label': label, 'aria-description': KEYS });

function extensions(onChange: (text: string) => void, label: Compartment, name: string): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    yaml(),
    syntaxHighlighting(highlight),
    lintGutter(),
    autocompletion({ override: [complete], icons: false }),
    hover,
    theme,
    EditorView.lineWrapping,
    EditorState.tabSize.of(2),
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...completionKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    label.of(labelled(name)),
    EditorView.contentAttributes.of({
      // Focusable already (contenteditable); said outright for checkers that look for a tabindex in a
      // scrolling region (axe's scrollable-region-focusable).
      tabindex: '0',
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
    }),
    // A dropped file opens in place of the text (the page's drop handler), never inserted into it.
    EditorView.domEventHandlers({ drop: (event) => (event.dataTransfer?.files.length ?? 0) > 0 }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
}

/** A problem as a diagnostic: from its line and column to the end of that line's text. */
function diagnostic(state: EditorState, problem: Problem): Diagnostic {
  const line = state.doc.line(Math.min(Math.max(problem.line, 1), state.doc.lines));
  const indent = line.text.length - line.text.trimStart().length;
  const end = line.from + line.text.trimEnd().length;
  let from = Math.min(line.from + Math.max(problem.column - 1, 0), end);
  if (from >= end) from = Math.min(line.from + indent, end);
  return {
    from,
    to: end,
    severity: problem.severity,
    message: `${problem.path}: ${problem.message}`,
    source: `line ${problem.line}, column ${problem.column}`,
  };
}

export function CodeEditor({
  value,
  onChange,
  problems,
  current,
  handle,
  label,
}: {
  /** The editor's accessible name: the file's name. */
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The worker's problems, and whether they are of the text now in the editor. */
  problems: Problem[];
  current: boolean;
  handle: Ref<EditorHandle>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const labelSlot = useRef(new Compartment());
  const name = useRef(label);
  // The text the editor last reported: a `value` equal to it is an echo, not a new text.
  const reported = useRef(value);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useImperativeHandle(
    handle,
    () => ({
      selectLine: (number) => {
        const editor = view.current;
        if (!editor) return;
        const { doc } = editor.state;
        const line = doc.line(Math.min(Math.max(number, 1), doc.lines));
        editor.dispatch({
          selection: EditorSelection.range(line.from, line.to),
          effects: EditorView.scrollIntoView(line.from, { y: 'center' }),
        });
        editor.focus();
      },
    }),
    [],
  );

  useEffect(() => {
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      root: shadow,
      parent: shadow,
      state: EditorState.create({
        doc: reported.current,
        extensions: extensions(
          (text) => {
            reported.current = text;
            changed.current(text);
          },
          labelSlot.current,
          name.current,
        ),
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    name.current = label;
    view.current?.dispatch({ effects: labelSlot.current.reconfigure(labelled(label)) });
  }, [label]);

  // A new text from outside (the template, an opened or dropped file): the editor takes it whole.
  useEffect(() => {
    const editor = view.current;
    if (!editor || value === reported.current) return;
    reported.current = value;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  // The problems of the text now shown; while a newer text is checked, the last ones stay (moved with the edits).
  useEffect(() => {
    const editor = view.current;
    if (!editor || !current) return;
    editor.dispatch(
      setDiagnostics(
        editor.state,
        problems.map((p) => diagnostic(editor.state, p)),
      ),
    );
  }, [problems, current]);

  return <div ref={host} className="min-h-0 flex-1 overflow-hidden" data-testid="edit-yaml" />;
}
