// The runtime's view functions, called through the `RuntimeViewFunction` runtime API with
// their ids, arguments and answers typed by the runtime's v16 metadata: no type is written out
// by hand. The module imports nothing, so the end-to-end tests share it with the console, each
// with its own @polkadot/api.

/** Per metadata (a runtime upgrade brings new metadata and new type ids): the index. */
const indexes = new WeakMap();

/** The view functions of the runtime, by `Pallet.name` (as the metadata spells them). */
function viewIndex(api) {
  const metadata = api.runtimeMetadata;
  if (indexes.has(metadata)) return indexes.get(metadata);
  if (metadata.version < 16) {
    throw new Error(`the node serves metadata v${metadata.version}; view functions need v16`);
  }
  const index = new Map();
  for (const pallet of metadata.asLatest.pallets) {
    for (const fn of pallet.viewFunctions) {
      index.set(`${pallet.name.toString()}.${fn.name.toString()}`, fn);
    }
  }
  indexes.set(metadata, index);
  return index;
}

/**
 * Calls the runtime's view function `pallet.name` (e.g. `('MiningPool', 'release_projection')`)
 * with `args`, at the best block or at block hash `at`. Arguments are encoded, and the answer
 * decoded, with the types the metadata gives for them.
 */
export async function view(api, pallet, name, args = [], at) {
  const fn = viewIndex(api).get(`${pallet}.${name}`);
  if (!fn) throw new Error(`the runtime has no view function ${pallet}.${name}`);
  if (fn.inputs.length !== args.length) {
    throw new Error(`${pallet}.${name} takes ${fn.inputs.length} argument(s), not ${args.length}`);
  }
  // The arguments, SCALE-encoded one after the other.
  const parts = fn.inputs.map((param, i) =>
    api.registry.createType(api.registry.createLookupType(param.type), args[i]).toU8a(),
  );
  const input = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (input.set(p, offset), offset + p.length), 0);
  const id = fn.id.toU8a();
  const query = { prefix: id.subarray(0, 16), suffix: id.subarray(16) };
  const call = at ? await api.at(at) : api;
  // As hex: a Uint8Array given for `Vec<u8>` would be read as already length-prefixed.
  const hex = api.registry.createType('Raw', input).toHex();
  const result = await call.call.runtimeViewFunction.executeViewFunction(query, hex);
  if (result.isErr) throw new Error(`${pallet}.${name} failed: ${result.asErr.toString()}`);
  return api.registry.createType(api.registry.createLookupType(fn.output), result.asOk.toU8a(true));
}
