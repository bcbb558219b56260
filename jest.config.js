import {createDefaultEsmPreset} from 'ts-jest'

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset({tsconfig: 'tsconfig.json'}),
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  moduleNameMapper: {'^(\\.{1,2}/.*)\\.js$': '$1'}
}
