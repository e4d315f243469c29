// The digits model's codecs and accuracy live with the console, which charts them
// (console/src/digits.js); the tests use the same code over their own @polkadot/types.
import { TypeRegistry } from '@polkadot/types';
import { accuracy, digitsCodec } from '../../../console/src/digits.js';

export const { encodeModel, encodeGradient, decodeModel, decodeShard } = digitsCodec(TypeRegistry);
export { accuracy };
