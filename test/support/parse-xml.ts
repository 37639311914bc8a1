/**
 * A small, strict XML well-formedness parser for the tests: enough of XML 1.0 to read the SVG
 * charts (declaration, comments, elements, attributes, text, the predefined and numeric
 * character references), and an error on anything malformed. It has no DTD or namespace support.
 */

/** An element: its name, its attributes (references decoded) and its children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const namePattern = /^[A-Za-z_:][\w.:-]*/;
const predefined: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes("<")) throw new SyntaxError(`Unescaped "<" in text or attribute near offset ${where}`);
  return raw.replace(/&([#\w]*)(;?)/g, (_match, body: string, semicolon: string) => {
    if (semicolon === "") throw new SyntaxError(`Unterminated reference or raw "&" near offset ${where}`);
    if (Object.hasOwn(predefined, body)) return predefined[body] as string;
    const numeric = /^#(\d+)$/.exec(body) ?? /^#x([0-9a-fA-F]+)$/.exec(body);
    if (numeric?.[1] !== undefined) return String.fromCodePoint(Number.parseInt(numeric[1], body.startsWith("#x") ? 16 : 10));
    throw new SyntaxError(`Unknown reference &${body}; near offset ${where}`);
  });
}

/**
 * Parses an XML document and returns its root element.
 *
 * @throws {SyntaxError} When the document is not well-formed: unclosed or mismatched tags, a
 *   repeated attribute, an unknown reference, a raw `<` or `&`, or anything but one root element.
 */
export function parseXml(source: string): XmlElement {
  let index = 0;
  const skipMisc = (): void => {
    for (;;) {
      const rest = source.slice(index);
      const space = /^\s+/.exec(rest);
      if (space !== null) index += space[0].length;
      else if (source.startsWith("<!--", index)) {
        const end = source.indexOf("-->", index + 4);
        if (end < 0) throw new SyntaxError(`Unterminated comment at offset ${index}`);
        index = end + 3;
      } else return;
    }
  };
  if (source.startsWith("<?xml")) {
    const end = source.indexOf("?>");
    if (end < 0) throw new SyntaxError("Unterminated XML declaration");
    index = end + 2;
  }
  skipMisc();

  const parseElement = (): XmlElement => {
    if (source[index] !== "<") throw new SyntaxError(`Expected "<" at offset ${index}`);
    index += 1;
    const name = namePattern.exec(source.slice(index))?.[0];
    if (name === undefined) throw new SyntaxError(`Expected an element name at offset ${index}`);
    index += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(source.slice(index))?.[0] ?? "";
      index += space.length;
      if (source.startsWith("/>", index)) {
        index += 2;
        return { name, attributes, children: [] };
      }
      if (source[index] === ">") {
        index += 1;
        break;
      }
      if (space === "") throw new SyntaxError(`Expected whitespace before an attribute at offset ${index}`);
      const attribute = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(index));
      if (attribute === null) throw new SyntaxError(`Malformed attribute in <${name}> at offset ${index}`);
      const [whole, attributeName = "", , doubleQuoted, singleQuoted] = attribute;
      if (Object.hasOwn(attributes, attributeName))
        throw new SyntaxError(`Repeated attribute ${attributeName} in <${name}> at offset ${index}`);
      attributes[attributeName] = decode(doubleQuoted ?? singleQuoted ?? "", index);
      index += whole.length;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (index >= source.length) throw new SyntaxError(`Unclosed <${name}>`);
      if (source.startsWith("</", index)) {
        const close = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(source.slice(index));
        if (close?.[1] !== name) throw new SyntaxError(`Expected </${name}> at offset ${index}`);
        index += close[0].length;
        return { name, attributes, children };
      }
      if (source.startsWith("<!--", index)) {
        const end = source.indexOf("-->", index + 4);
        if (end < 0) throw new SyntaxError(`Unterminated comment at offset ${index}`);
        index = end + 3;
      } else if (source[index] === "<") {
        children.push(parseElement());
      } else {
        const end = source.indexOf("<", index);
        const raw = source.slice(index, end < 0 ? source.length : end);
        children.push(decode(raw, index));
        index += raw.length;
      }
    }
  };

  const root = parseElement();
  skipMisc();
  if (index !== source.length) throw new SyntaxError(`Content after the root element at offset ${index}`);
  return root;
}

/** Every element below `element`, depth first, in document order. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (typeof child === "string") continue;
    yield child;
    yield* descendants(child);
  }
}

/** The concatenated text of an element and its descendants. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === "string" ? child : textContent(child))).join("");
}
