// ts-jest AST transformer applying the Swagger CLI plugin, so DTO schemas in tests match the build.
const plugin = require('@nestjs/swagger/plugin');

module.exports = {
  name: 'nestjs-swagger-plugin',
  version: 1,
  factory(tsCompiler) {
    return plugin.before(
      { introspectComments: true, classValidatorShim: true, dtoFileNameSuffix: ['.dto.ts', '.response.ts', '.query.ts'] },
      tsCompiler.program,
    );
  },
};
