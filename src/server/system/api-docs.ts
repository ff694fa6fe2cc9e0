type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  description?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const escape = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function typeLabel(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return `<a href="#schema-${slug(name)}">${escape(name)}</a>`;
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeLabel).join(' | ');
  if (schema.enum) return schema.enum.map((value) => `<code>${escape(JSON.stringify(value))}</code>`).join(' | ');
  if (schema.const !== undefined) return `<code>${escape(JSON.stringify(schema.const))}</code>`;
  if (schema.type === 'array') return `${typeLabel(schema.items)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'object');
  return escape(schema.format ? `${type} (${schema.format})` : type);
}

function schemaTable(schema: Schema | undefined): string {
  if (!schema || schema.$ref || !schema.properties) return `<p class="type">${typeLabel(schema)}</p>`;
  const rows = Object.entries(schema.properties)
    .map(([name, property]) => {
      const required = schema.required?.includes(name) ? '<span class="req">required</span>' : '';
      const limits = [
        property.minLength !== undefined ? `min ${property.minLength}` : '',
        property.maxLength !== undefined ? `max ${property.maxLength}` : '',
      ].filter(Boolean).join(', ');
      return `<tr><td><code>${escape(name)}</code> ${required}</td><td>${typeLabel(property)}${limits ? ` <small>(${limits})</small>` : ''}</td><td>${escape(property.description ?? '')}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function operationHtml(method: string, path: string, operation: Operation): string {
  const params = operation.parameters?.length
    ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Notes</th></tr></thead><tbody>${operation.parameters
        .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${escape(p.in)}</td><td>${typeLabel(p.schema)}</td><td>${escape(p.description ?? '')}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const body = Object.entries(operation.requestBody?.content ?? {})
    .map(([type, media]) => `<h4>Request body <code>${escape(type)}</code></h4>${schemaTable(media.schema)}`)
    .join('');
  const responses = Object.entries(operation.responses ?? {})
    .map(([status, response]) => {
      const media = Object.entries(response.content ?? {})
        .map(([type, m]) => `<div class="media"><code>${escape(type)}</code> ${typeLabel(m.schema)}</div>`)
        .join('');
      return `<li><strong>${escape(status)}</strong> ${escape(response.description ?? '')}${media}</li>`;
    })
    .join('');
  const id = slug(`${method} ${path}`);
  return `<section class="op" id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h"><span class="method m-${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
<p>${escape(operation.summary ?? '')}</p>${operation.description ? `<p class="desc">${escape(operation.description)}</p>` : ''}
${params}${body}<h4>Responses</h4><ul class="responses">${responses}</ul></section>`;
}

/** A readable, dependency-free API reference rendered from the generated OpenAPI document. */
export function renderApiDocs(document: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, operation)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const nav = tags.map((tag) => `<li><a href="#tag-${slug(tag)}">${escape(tag)}</a></li>`).join('');
  const sections = tags
    .map((tag) => `<h2 id="tag-${slug(tag)}">${escape(tag)}</h2>${(byTag.get(tag) ?? []).join('')}`)
    .join('');
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(([name, schema]) => `<section class="op" id="schema-${slug(name)}"><h3>${escape(name)}</h3>${schemaTable(schema)}</section>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(document.info.title)} — API reference</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><a class="skip" href="#main">Skip to content</a><header><h1>${escape(document.info.title)} API <small>v${escape(document.info.version)}</small></h1>
<p>${escape(document.info.description ?? '')}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1) · <a href="/">Back to the app</a></p></header>
<nav aria-label="API sections"><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main id="main">${sections}<h2 id="schemas">Schemas</h2>${schemas}</main></body></html>`;
}

export const apiDocsCss = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#0b5cad;--code:#f3f4f6}
@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--fg:#e6e8eb;--muted:#a4adb8;--line:#30363d;--accent:#7cb7ff;--code:#1c2128}}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header,main,nav{max-width:60rem;margin:0 auto;padding:0 1rem}header{padding-top:1.5rem}a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:0;list-style:none}h1 small{color:var(--muted);font-weight:400;font-size:.6em}
h2{border-bottom:1px solid var(--line);padding-bottom:.3rem;margin-top:2.5rem}.op{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.op h3{margin:.2rem 0;font-size:1.05rem;overflow-wrap:anywhere}code{background:var(--code);padding:.1rem .3rem;border-radius:.25rem;font-size:.9em}
.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:.25rem;padding:.1rem .4rem;font-size:.8rem;color:#fff;background:#3b4451}
.m-get{background:#0b6b3a}.m-post{background:#0b5cad}.m-patch,.m-put{background:#8a5200}.m-delete{background:#b42318}
table{border-collapse:collapse;width:100%;font-size:.92rem;display:block;overflow-x:auto}th,td{text-align:left;border-top:1px solid var(--line);padding:.35rem .5rem;vertical-align:top}
.req{color:#b42318;font-size:.75rem}@media (prefers-color-scheme:dark){.req{color:#ff8f85}}.desc,.type,small{color:var(--muted)}.responses{padding-left:1.2rem}.media{margin:.2rem 0}`;
