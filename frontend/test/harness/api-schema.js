// The real websocket API's contract for the fake `hass` (mock-hass.js): every command's fields, who may
// call it and its result's schema, as scripts/api_docs.py exports them from the operations
// (websocket-api.json; `scripts/api_docs.py --check` fails when it is not current). A call or an answer
// that does not fit is a contract violation: the mock logs it as a console error (the component tests
// fail on any) and refuses the call.
//
// The validator knows the JSON Schema keywords the operations use; an unknown one is itself an error,
// so a schema the validator cannot check is never passed silently.

const API = await (await fetch(new URL("./websocket-api.json", import.meta.url))).json();

const KNOWN = new Set([
  "$ref",
  "additionalProperties",
  "allOf",
  "default",
  "description",
  "enum",
  "format",
  "items",
  "maxItems",
  "maxLength",
  "maximum",
  "minItems",
  "minLength",
  "minimum",
  "oneOf",
  "pattern",
  "properties",
  "required",
  "type",
  "unevaluatedProperties",
]);

function resolve(schema) {
  while (schema.$ref) {
    const name = schema.$ref.replace("#/components/schemas/", "");
    const target = API.components.schemas[name];
    if (!target) throw new Error(`websocket-api.json: no schema ${schema.$ref}`);
    schema = target;
  }
  return schema;
}

function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(wanted, actual) {
  return wanted === actual || (wanted === "number" && actual === "integer");
}

// The properties a schema (and its allOf parts) declares: what unevaluatedProperties leaves alone.
function declared(schema) {
  schema = resolve(schema);
  const names = new Set(Object.keys(schema.properties ?? {}));
  for (const part of schema.allOf ?? []) for (const name of declared(part)) names.add(name);
  return names;
}

/** Return the ways ``value`` breaks ``schema`` (an empty list when it fits). */
export function validate(schema, value, path = "") {
  const errors = [];
  const where = path || "(root)";
  if (schema.$ref) return validate(resolve(schema), value, path);
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) errors.push(`${where}: the validator does not know the keyword ${key}`);
  }
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, actual))) {
      return [...errors, `${where}: ${JSON.stringify(value)} is not of type ${types.join(" | ")}`];
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  for (const part of schema.allOf ?? []) errors.push(...validate(part, value, path));
  if (schema.oneOf) {
    const fits = schema.oneOf.filter((part) => validate(part, value, path).length === 0).length;
    if (fits !== 1) errors.push(`${where}: ${JSON.stringify(value)} fits ${fits} of the oneOf schemas, not 1`);
  }
  if (actual === "string") {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) errors.push(`${where}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && length > schema.maxLength) errors.push(`${where}: longer than ${schema.maxLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) {
      errors.push(`${where}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
    if (schema.format === "date-time" && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value)) {
      errors.push(`${where}: ${JSON.stringify(value)} is not an RFC 3339 date-time`);
    }
    if (schema.format === "date" && !/^\d{4}-\d\d-\d\d$/.test(value)) errors.push(`${where}: ${JSON.stringify(value)} is not a date`);
  }
  if (actual === "integer" || actual === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${where}: ${value} is below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${where}: ${value} is above ${schema.maximum}`);
  }
  if (actual === "array") {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${where}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${where}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items, item, `${path}[${i}]`)));
  }
  if (actual === "object") {
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? []) {
      if (!(name in value)) errors.push(`${where}: the required field ${name} is missing`);
    }
    for (const [name, item] of Object.entries(value)) {
      const at = path ? `${path}.${name}` : name;
      if (name in properties) errors.push(...validate(properties[name], item, at));
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown field ${name}`);
      else if (typeof schema.additionalProperties === "object") errors.push(...validate(schema.additionalProperties, item, at));
    }
    if (schema.unevaluatedProperties === false) {
      const known = declared(schema);
      for (const name of Object.keys(value)) if (!known.has(name)) errors.push(`${where}: unknown field ${name}`);
    }
  }
  return errors;
}

/** Return the command's definition, or undefined for a command the integration does not have. */
export function command(type) {
  return API.commands[type];
}

/** Return what the real print_logger/limits answers (the store's bounds). */
export function limits() {
  return structuredClone(API.limits);
}

/** Return the violations of a command's message (its fields; ``id`` and ``type`` are transport). */
export function checkCall(msg) {
  const spec = API.commands[msg.type];
  if (!spec) return [`unknown websocket command ${JSON.stringify(msg.type)}`];
  const { type: _type, id: _id, ...fields } = msg;
  return validate(spec.fields, fields).map((e) => `${msg.type} fields: ${e}`);
}

/** Return the violations of a command's result. */
export function checkResult(type, result) {
  return validate(API.commands[type].result, result).map((e) => `${type} result: ${e}`);
}

/** Return the violations of a print_logger/subscribe message. */
export function checkSubscribe(msg) {
  if (msg.type !== API.subscribe.type) return [`not a subscription: ${JSON.stringify(msg.type)}`];
  const { type: _type, id: _id, ...fields } = msg;
  return validate(API.subscribe.fields, fields).map((e) => `${msg.type} fields: ${e}`);
}

/** Return the violations of an event pushed to the subscribers. */
export function checkEvent(event) {
  return validate(API.subscribe.event, event).map((e) => `print_logger/subscribe event: ${e}`);
}
