import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

interface Annotated {
  astNode?: unknown;
  extensions: Readonly<Record<string, unknown>>;
}

/**
 * The plain schema (served without GATEWAY_FEDERATION) as it was before the federation plugins:
 * they annotate every build, with `@key` and the entity's resolveReference in extensions and AST
 * nodes mocked up for printing those directives. Left in, `@key` would be printed into
 * schema/schema.graphql without a definition. Pothos gives no node an AST of its own, so every AST
 * node here is the directives plugin's (graphql-js's shared introspection types included).
 */
export function withoutFederationAnnotations(schema: GraphQLSchema): GraphQLSchema {
  strip(schema);
  schema.extensionASTNodes = [];
  for (const type of Object.values(schema.getTypeMap())) {
    strip(type);
    type.extensionASTNodes = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        strip(field);
        for (const argument of field.args) strip(argument);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) strip(field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) strip(value);
    }
  }
  return schema;
}

function strip(node: Annotated): void {
  node.astNode = undefined;
  const { directives: _directives, apollo: _apollo, ...extensions } = node.extensions;
  node.extensions = extensions;
}
