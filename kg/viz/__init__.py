"""Looking at the graph: files for graph tools (GraphML, GEXF, Cytoscape.js, Graphviz), the
offline interactive page, charts and area reports, all drawn from the networkx view (kg/network.py)."""
