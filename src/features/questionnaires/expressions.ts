/**
 * XLSForm-like expressions for `relevant` and `constraint`, parsed into a tree and evaluated
 * without eval: `${q_mode} = 'delegation' and ${q_staff} > 5`, `. <= today()`,
 * `selected(${q_tools}, 'survey')`, `count-selected(${q_tools}) >= 2`, `string-length(.) > 3`.
 */

export type Value = string | number | boolean | string[] | null;

export type Expr =
  | { type: 'literal'; value: string | number }
  | { type: 'ref'; id: string }
  | { type: 'self' }
  | { type: 'call'; name: string; args: Expr[] }
  | { type: 'not'; arg: Expr }
  | { type: 'neg'; arg: Expr }
  | { type: 'binary'; op: string; left: Expr; right: Expr };

type Token = { kind: 'num' | 'str' | 'ref' | 'name' | 'op' | 'punct'; text: string; pos: number };

const functions: Record<string, number> = { selected: 2, 'count-selected': 1, 'string-length': 1, today: 0, not: 1 };

export class ExpressionError extends Error {}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|\$\{([A-Za-z_][\w]*)\}|([A-Za-z][\w-]*)|(<=|>=|!=|=|<|>|\+|-|\*)|([().,]))/y;
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    pattern.lastIndex = pos;
    const m = pattern.exec(source);
    if (!m) throw new ExpressionError(`unexpected character at position ${pos + 1}: "${source.slice(pos).trim()[0]}"`);
    const at = m.index;
    if (m[1] !== undefined) tokens.push({ kind: 'num', text: m[1], pos: at });
    else if (m[2] !== undefined || m[3] !== undefined) tokens.push({ kind: 'str', text: m[2] ?? m[3] ?? '', pos: at });
    else if (m[4] !== undefined) tokens.push({ kind: 'ref', text: m[4], pos: at });
    else if (m[5] !== undefined) tokens.push({ kind: 'name', text: m[5], pos: at });
    else if (m[6] !== undefined) tokens.push({ kind: 'op', text: m[6], pos: at });
    else tokens.push({ kind: 'punct', text: m[7] ?? '', pos: at });
    pos = pattern.lastIndex;
  }
  return tokens;
}

/** Parses an expression; throws ExpressionError with a readable reason. */
export function parseExpression(source: string): Expr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const expect = (text: string) => {
    if (peek()?.text !== text)
      throw new ExpressionError(`expected "${text}"${peek() ? ` near "${peek()?.text}"` : ' at the end'}`);
    i++;
  };

  // Operators are symbols (`*`, `<=`) or words (`and`, `div`); strings never match either kind.
  const binaryLevel = (next: () => Expr, ops: string[]) => (): Expr => {
    let left = next();
    for (;;) {
      const t = peek();
      if (!t || !ops.includes(t.text) || (t.kind !== 'op' && t.kind !== 'name')) return left;
      i++;
      left = { type: 'binary', op: t.text, left, right: next() };
    }
  };

  const primary = (): Expr => {
    const t = peek();
    if (!t) throw new ExpressionError('unexpected end of expression');
    i++;
    if (t.kind === 'num') return { type: 'literal', value: Number(t.text) };
    if (t.kind === 'str') return { type: 'literal', value: t.text };
    if (t.kind === 'ref') return { type: 'ref', id: t.text };
    if (t.text === '.') return { type: 'self' };
    if (t.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.kind === 'op' && t.text === '-') return { type: 'neg', arg: primary() };
    if (t.kind === 'name' && t.text in functions) {
      expect('(');
      const args: Expr[] = [];
      if (peek()?.text !== ')') {
        args.push(or());
        while (peek()?.text === ',') {
          i++;
          args.push(or());
        }
      }
      expect(')');
      if (args.length !== functions[t.text])
        throw new ExpressionError(`${t.text}() takes ${functions[t.text]} argument(s)`);
      return t.text === 'not' ? { type: 'not', arg: args[0] as Expr } : { type: 'call', name: t.text, args };
    }
    throw new ExpressionError(`unexpected "${t.text}"`);
  };
  const multiplicative = binaryLevel(primary, ['*', 'div', 'mod']);
  const additive = binaryLevel(multiplicative, ['+', '-']);
  const comparison = binaryLevel(additive, ['=', '!=', '<', '<=', '>', '>=']);
  const and = binaryLevel(comparison, ['and']);
  const or = binaryLevel(and, ['or']);

  const tree = or();
  if (i < tokens.length) throw new ExpressionError(`unexpected "${tokens[i]?.text}"`);
  return tree;
}

/** Every `${id}` an expression refers to. */
export function references(expr: Expr): string[] {
  switch (expr.type) {
    case 'ref':
      return [expr.id];
    case 'call':
      return expr.args.flatMap(references);
    case 'not':
    case 'neg':
      return references(expr.arg);
    case 'binary':
      return [...references(expr.left), ...references(expr.right)];
    default:
      return [];
  }
}

export function usesSelf(expr: Expr): boolean {
  if (expr.type === 'self') return true;
  if (expr.type === 'call') return expr.args.some(usesSelf);
  if (expr.type === 'not' || expr.type === 'neg') return usesSelf(expr.arg);
  if (expr.type === 'binary') return usesSelf(expr.left) || usesSelf(expr.right);
  return false;
}

export interface Scope {
  answer(id: string): Value;
  self?: Value;
  today: string;
}

const asText = (v: Value): string => (v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v));
const asNumber = (v: Value): number | null => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const text = asText(v).trim();
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : null;
};
export const truthy = (v: Value): boolean =>
  typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : asText(v) !== '';

function compare(op: string, a: Value, b: Value): boolean {
  const x = asNumber(a);
  const y = asNumber(b);
  const bothNumbers = x !== null && y !== null;
  if (op === '=' || op === '!=') {
    const equal = bothNumbers ? x === y : asText(a) === asText(b);
    return op === '=' ? equal : !equal;
  }
  // Ordering against an empty answer is false (XLSForm treats it as not comparable).
  if (asText(a) === '' || asText(b) === '') return false;
  const [l, r]: [number | string, number | string] = bothNumbers ? [x, y] : [asText(a), asText(b)];
  if (op === '<') return l < r;
  if (op === '<=') return l <= r;
  if (op === '>') return l > r;
  return l >= r;
}

const comparisons = new Set(['=', '!=', '<', '<=', '>', '>=']);

export function evaluate(expr: Expr, scope: Scope): Value {
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'ref':
      return scope.answer(expr.id);
    case 'self':
      return scope.self ?? null;
    case 'not':
      return !truthy(evaluate(expr.arg, scope));
    case 'neg':
      return -(asNumber(evaluate(expr.arg, scope)) ?? 0);
    case 'call': {
      const args = expr.args.map((a) => evaluate(a, scope));
      if (expr.name === 'today') return scope.today;
      if (expr.name === 'string-length') return asText(args[0] ?? null).length;
      const list = Array.isArray(args[0])
        ? args[0]
        : asText(args[0] ?? null)
            .split(' ')
            .filter(Boolean);
      if (expr.name === 'count-selected') return list.length;
      return list.includes(asText(args[1] ?? null));
    }
    case 'binary': {
      if (expr.op === 'and') return truthy(evaluate(expr.left, scope)) && truthy(evaluate(expr.right, scope));
      if (expr.op === 'or') return truthy(evaluate(expr.left, scope)) || truthy(evaluate(expr.right, scope));
      const a = evaluate(expr.left, scope);
      const b = evaluate(expr.right, scope);
      if (comparisons.has(expr.op)) return compare(expr.op, a, b);
      const x = asNumber(a) ?? 0;
      const y = asNumber(b) ?? 0;
      if (expr.op === '+') return x + y;
      if (expr.op === '-') return x - y;
      if (expr.op === '*') return x * y;
      if (expr.op === 'div') return y === 0 ? null : x / y;
      return y === 0 ? null : x % y;
    }
  }
}

/**
 * Whether a condition can still hold once the open questions are answered: a part naming none of
 * them is decided by the answers now; a part naming one may still go either way.
 */
export function mayHold(expr: Expr, scope: Scope, open: (id: string) => boolean): boolean {
  if (!references(expr).some(open)) return truthy(evaluate(expr, scope));
  if (expr.type === 'binary' && expr.op === 'and')
    return mayHold(expr.left, scope, open) && mayHold(expr.right, scope, open);
  if (expr.type === 'binary' && expr.op === 'or')
    return mayHold(expr.left, scope, open) || mayHold(expr.right, scope, open);
  return true;
}
