// The digits model, shards and gradients as corex-compute encodes them (`Model`, `Vec<Sample>`,
// `Gradient`), encoded and decoded by @polkadot/types from their type definitions, and the
// validation accuracy a model reaches.
//
// The console and the end-to-end tests share this module; each hands it the TypeRegistry
// class of its own @polkadot/types (`digitsCodec`), so that no package is loaded twice.

/** The fixed-point scale of corex-compute's `Fx` (Q16.16 in an i64). */
const FX_ONE = 65536;

/** The types, as corex-compute defines them. */
const TYPES = {
  // corex_compute::Model: `classes × features` weights, row-major, and one bias per class.
  CorexModel: { classes: 'u32', features: 'u32', weights: 'Vec<i64>', bias: 'Vec<i64>' },
  // corex_compute::Sample: feature values (0..=16) and the class.
  CorexSample: { features: 'Vec<u8>', label: 'u8' },
  // corex_compute::Gradient: sums over `count` samples, shaped like the model.
  CorexGradient: { count: 'u32', weights: 'Vec<i64>', bias: 'Vec<i64>', loss: 'i64' },
};

/** `{ encodeModel, encodeGradient, decodeModel, decodeShard }` over a new registry of
 * `TypeRegistry` (the class @polkadot/types exports). */
export function digitsCodec(TypeRegistry) {
  const registry = new TypeRegistry();
  registry.register(TYPES);
  return {
    encodeModel: (model) => encodeModel(registry, model),
    encodeGradient: (gradient) => encodeGradient(registry, gradient),
    decodeModel: (bytes) => decodeModel(registry, bytes),
    decodeShard: (bytes) => decodeShard(registry, bytes),
  };
}

/** SCALE bytes of a model (`weights` and `bias` as raw Q16.16 integers). */
function encodeModel(registry, { classes, features, weights, bias }) {
  return registry.createType('CorexModel', { classes, features, weights, bias }).toU8a();
}

/** SCALE bytes of a gradient (`weights`, `bias` and `loss` as raw Q16.16 integers). */
function encodeGradient(registry, { count, weights, bias, loss }) {
  return registry.createType('CorexGradient', { count, weights, bias, loss }).toU8a();
}

/** A model's shape and its weights and biases as numbers. */
function decodeModel(registry, bytes) {
  const model = registry.createType('CorexModel', bytes);
  const fx = (v) => Number(v.toBigInt()) / FX_ONE;
  return {
    classes: model.classes.toNumber(),
    features: model.features.toNumber(),
    weights: model.weights.map(fx),
    bias: model.bias.map(fx),
  };
}

/** A shard's samples: `{ features: Uint8Array, label }`. */
function decodeShard(registry, bytes) {
  return registry
    .createType('Vec<CorexSample>', bytes)
    .map((s) => ({ features: s.features.toU8a(true), label: s.label.toNumber() }));
}

/** Share of `samples` the model classifies right (argmax of W x / 16 + b, as the kernel does). */
export function accuracy(model, samples) {
  let right = 0;
  for (const { features, label } of samples) {
    let best = -Infinity;
    let arg = 0;
    for (let c = 0; c < model.classes; c++) {
      let z = model.bias[c];
      for (let f = 0; f < model.features; f++) z += (model.weights[c * model.features + f] * features[f]) / 16;
      if (z > best) [best, arg] = [z, c];
    }
    if (arg === label) right++;
  }
  return right / samples.length;
}
