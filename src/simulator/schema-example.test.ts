import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exampleFromSchema } from './schema-example.ts';

test('scalars, enums and consts', () => {
  assert.equal(exampleFromSchema({ type: 'string' }), 'example');
  assert.equal(exampleFromSchema({ type: 'number' }), 1);
  assert.equal(exampleFromSchema({ type: 'integer' }), 1);
  assert.equal(exampleFromSchema({ type: 'boolean' }), true);
  assert.equal(exampleFromSchema({ type: 'null' }), null);
  assert.equal(exampleFromSchema({ type: 'string', enum: ['b', 'a'] }), 'b');
  assert.equal(exampleFromSchema({ const: 42 }), 42);
  assert.equal(exampleFromSchema({ type: ['null', 'integer'] }), 1);
  assert.equal(exampleFromSchema({ type: 'string', format: 'email' }), 'user@example.com');
});

test('numbers respect their bounds', () => {
  assert.equal(exampleFromSchema({ type: 'integer', minimum: 5 }), 5);
  assert.equal(exampleFromSchema({ type: 'number', maximum: 0.5 }), 0.5);
  assert.equal(exampleFromSchema({ type: 'integer', exclusiveMinimum: 1 }), 2);
});

test('objects recursively, required names included, arrays with minItems', () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      address: { type: 'object', properties: { zip: { type: 'integer' } }, required: ['zip'] },
      tags: { type: 'array', items: { type: 'string' }, minItems: 2 },
    },
    required: ['name', 'extra'],
  };
  assert.deepEqual(exampleFromSchema(schema), {
    name: 'example',
    address: { zip: 1 },
    tags: ['example', 'example'],
    extra: 'example',
  });
});

test('local $ref, anyOf and recursion are handled', () => {
  const schema = {
    type: 'object',
    properties: { item: { $ref: '#/$defs/Item' }, either: { anyOf: [{ type: 'null' }, { type: 'boolean' }] } },
    $defs: { Item: { type: 'object', properties: { id: { type: 'integer' }, child: { $ref: '#/$defs/Item' } } } },
  };
  const value = exampleFromSchema(schema) as { item: { id: number }; either: boolean };
  assert.equal(value.item.id, 1);
  assert.equal(value.either, true);
  assert.doesNotThrow(() => JSON.stringify(value));
});
