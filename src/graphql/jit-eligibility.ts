import {
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  typeFromAST,
  TypeMetaFieldDef,
  type ValueNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';

/**
 * Whether graphql-jit answers this execution byte for byte as graphql-js would (`enableIf` of
 * useGraphQlJit); when it would not, Yoga's own executor (graphql-js's algorithm) runs it. Each rule
 * is a difference test/graphql/executor-equivalence.test.ts demonstrates.
 */
export function canCompileIdentically(args: ExecutionArgs): boolean {
  const operation = compilableOperation(args.schema, args.document);
  if (operation === undefined) return false;
  // The compiled plan is cached per document, whatever operation name the request selects.
  if (args.operationName != null && args.operationName !== operation.name?.value) return false;
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  const values = args.variableValues ?? {};
  // graphql-jit coerces variables itself: its refusals are worded differently and lack the HTTP 400
  // that Yoga's own executor gives them.
  if (getVariableValues(args.schema, definitions, values).errors !== undefined) return false;
  // An explicit null for a defaulted variable can reach a non-null argument: graphql-jit's error
  // then lacks its location.
  return !definitions.some((definition) => definition.defaultValue !== undefined && values[definition.variable.name.value] === null);
}

const verdicts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, OperationDefinitionNode | null>>();

/** The document's only operation when nothing in it is served differently, else undefined. */
function compilableOperation(schema: GraphQLSchema, document: DocumentNode): OperationDefinitionNode | undefined {
  let bySchema = verdicts.get(schema);
  if (bySchema === undefined) verdicts.set(schema, (bySchema = new WeakMap()));
  let verdict = bySchema.get(document);
  if (verdict === undefined) {
    verdict = judge(schema, document);
    bySchema.set(document, verdict);
  }
  return verdict ?? undefined;
}

function judge(schema: GraphQLSchema, document: DocumentNode): OperationDefinitionNode | null {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  // @envelop/graphql-jit caches one compiled operation per document: a second operation of the
  // same document would be answered by the first one's plan.
  if (operations.length !== 1) return null;
  const operation = operations[0]!;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root || !sameFieldOrder(schema, fragments, root, [operation.selectionSet], [operation.selectionSet])) return null;
  const nullable = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (!variableCompilesIdentically(schema, definition)) return null;
    if (definition.type.kind !== Kind.NON_NULL_TYPE) nullable.add(definition.variable.name.value);
  }
  if (nullable.size === 0) return operation;
  // A nullable variable inside a list or object literal becomes null where graphql-js leaves the
  // field out, applies its default or refuses the null; in @skip/@include a null is read as false
  // where graphql-js refuses it. (The document's fragments can only belong to this operation.)
  let differs = false;
  visit(document, {
    Field(field) {
      // A variable that is the whole argument value is handled as graphql-js does.
      if (field.arguments?.some((argument) => argument.value.kind !== Kind.VARIABLE && containsVariable(argument.value, nullable))) differs = true;
      return differs ? BREAK : undefined;
    },
    Directive(directive) {
      if (directive.arguments?.some((argument) => containsVariable(argument.value, nullable))) differs = true;
      return differs ? BREAK : undefined;
    },
  });
  return differs ? null : operation;
}

/**
 * graphql-jit ignores the default of a non-null input-object field (`strategy: RetryStrategy! =
 * BACKOFF`) and of a non-null variable, and refuses the omitted value instead.
 */
function variableCompilesIdentically(schema: GraphQLSchema, definition: VariableDefinitionNode): boolean {
  if (definition.type.kind === Kind.NON_NULL_TYPE && definition.defaultValue !== undefined) return false;
  const type = typeFromAST(schema, definition.type);
  return type === undefined || !isInputObjectType(getNamedType(type));
}

function containsVariable(value: ValueNode, names: ReadonlySet<string>): boolean {
  switch (value.kind) {
    case Kind.VARIABLE:
      return names.has(value.name.value);
    case Kind.LIST:
      return value.values.some((item) => containsVariable(item, names));
    case Kind.OBJECT:
      return value.fields.some((field) => containsVariable(field.value, names));
    default:
      return false;
  }
}

/**
 * graphql-jit collects a selection set's own fields first and then its fragments, the last one
 * first (a stack); graphql-js keeps document order. So `__typename ... on NotFoundError
 * { resourceId } ... on Error { code }` answers `{__typename, code, resourceId}` instead of
 * `{__typename, resourceId, code}`. True when both orders agree for every possible runtime type.
 */
function sameFieldOrder(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  type: GraphQLObjectType,
  jsSelections: readonly SelectionSetNode[],
  jitSelections: readonly SelectionSetNode[],
): boolean {
  const js = collectFields(schema, fragments, type, jsSelections, false);
  const jit = collectFields(schema, fragments, type, jitSelections, true);
  if (js === null || jit === null || [...js.keys()].join() !== [...jit.keys()].join()) return false;
  for (const [key, jsNodes] of js) {
    const jitNodes = jit.get(key)!;
    // Which node of a repeated key places it depends on @skip/@include in graphql-js only.
    if (jsNodes.length > 1 && jsNodes.some((node) => node.directives?.length)) return false;
    const name = jsNodes[0]!.name.value;
    const field =
      name === SchemaMetaFieldDef.name && type === schema.getQueryType()
        ? SchemaMetaFieldDef
        : name === TypeMetaFieldDef.name && type === schema.getQueryType()
          ? TypeMetaFieldDef
          : type.getFields()[name];
    // Field errors from graphql-jit lack `locations`, and `enableIf` runs before they are known:
    // fields that raise them by design (`extensions.raisesFieldErrors`) stay with graphql-js.
    if (field?.extensions?.['raisesFieldErrors'] === true) return false;
    const returned = field && getNamedType(field.type);
    if (!returned || !isCompositeType(returned)) continue;
    const selections = (nodes: readonly FieldNode[]) => nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    for (const runtime of isAbstractType(returned) ? schema.getPossibleTypes(returned) : [returned]) {
      if (!sameFieldOrder(schema, fragments, runtime, selections(jsNodes), selections(jitNodes))) return false;
    }
  }
  return true;
}

/** Response keys in the order either executor collects them; null where fragments carry directives. */
function collectFields(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  jit: boolean,
): Map<string, FieldNode[]> | null {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  let conditional = false;
  const walk = (selectionSet: SelectionSetNode): void => {
    const later: SelectionSetNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
        continue;
      }
      if (selection.directives?.length) conditional = true;
      let fragment: InlineFragmentNode | FragmentDefinitionNode | undefined = undefined;
      if (selection.kind === Kind.INLINE_FRAGMENT) fragment = selection;
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        fragment = fragments.get(selection.name.value);
      }
      if (fragment === undefined) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (condition !== type && !(condition && isAbstractType(condition) && schema.isSubType(condition, type))) continue;
      if (jit) later.push(fragment.selectionSet);
      else walk(fragment.selectionSet);
    }
    for (const deferred of later.reverse()) walk(deferred);
  };
  for (const selectionSet of selectionSets) walk(selectionSet);
  return conditional ? null : fields;
}
