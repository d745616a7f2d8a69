// Mounts GraphiQL against this server's /graphql endpoint.
(function () {
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  const defaultQuery = `# Welcome to Vínculos. Press the play button to run a query.
{
  about {
    version
    database
    neo4jVersion
    counts { label count }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
})();
