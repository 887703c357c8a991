// Mention, not use, in code and config syntax (issue 15, technical-fresh): a word that is an injection
// cue in prose is a name when it is a config key (`instructions:`, `"ignore_case":`), a CLI flag
// (`--ignore-scripts`, `-override`), an identifier (`system_prompt`, `ignorar_mayusculas`), a keyword
// argument (`system=`) or a dotted path (`client.messages.create`). The classifier scores the text
// with these names blanked to spaces (same length, so offsets hold); values, comments and prose stay,
// so an instruction written in a config value or a comment is still read. Rules see the text as is.

// One pass, each alternative a kind of name:
//   a lower-case key at a line start (YAML, optionally quoted or a list item; "System:" or "User:" turn
//   labels are capitalised and stay) or a quoted key after `{` / `,` (JSON);
//   a flag; a snake_case identifier; a keyword argument; a dotted path of identifiers.
const NAMES =
  /(?<=^|\n)[ \t]*(?:-[ \t]+)?"?[a-z_][\w.-]*"?(?=[ \t]*:(?:[ \t]|\r?\n|$))|(?<=[{,][ \t]*)"[A-Za-z_][\w.-]*"(?=[ \t]*:)|(?<![\w-])--?[A-Za-z][\w-]*|\b[A-Za-z][A-Za-z0-9]*_\w+|\b[A-Za-z_]\w*(?==[^=])|\b[a-z_]\w*(?:\.[a-z_]\w*)+\b/g;

// Cheap test first: only texts with some code or config syntax are rewritten.
const SYNTAX = /[_=]|-[A-Za-z]|(?:^|\n)[ \t]*(?:-[ \t]+)?"?[a-z_][\w.-]*"?[ \t]*:|[{,][ \t]*"\w|[a-z]\.[a-z]/;

// Only names that hold an injection cue word are blanked: other keys ("note", "description") are where
// tool results carry injections and stay as the model learned them, and a setting named for a safety
// control (`filters=false`, `ethics: off`) is itself the attack's object.
const CUE =
  /ignor|instru[cç]|anweis|consign|system|prompt|overrid|jailbr|bypass|disregard|forget|persona|assistant|asistente|developer|directive|rules/i;

/** The text with config keys, flags, identifiers and dotted paths that name a cue word blanked (same length). */
export function blankCodeNames(text: string): string {
  if (!SYNTAX.test(text)) return text;
  return text.replace(NAMES, (m) => (CUE.test(m) ? m.replace(/[^\s]/g, ' ') : m));
}
