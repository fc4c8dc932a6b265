import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * Removes the resolvers that only read the source property of the field's own name (Pothos gives
 * exposed fields graphql-js's default resolver). Without a resolver the compiled executor reads
 * the property inline; with one it calls it and builds a resolve-info object per field and item,
 * which was most of the allocation of a list answer. graphql-js itself falls back to the same
 * default resolver, so the answers do not change.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve === defaultFieldResolver) field.resolve = undefined;
    }
  }
  return schema;
}
