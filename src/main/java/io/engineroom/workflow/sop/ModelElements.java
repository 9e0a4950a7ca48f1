package io.engineroom.workflow.sop;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.RootElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DrgElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The elements of one BPMN or DMN model that a diff compares, each with what it means and nothing of where it is
 * drawn. Read with the Camunda model API; each element's meaning is its attributes and the content it holds
 * (extension elements, timer and condition expressions, rule entries…) except the elements that are compared on
 * their own, plus for flow nodes the ids of their incoming and outgoing sequence flows.
 */
final class ModelElements {

    /** Diagram interchange (BPMN DI, DMN DI, DC) and bpmn.io's layout and colour extensions: layout, not meaning. */
    private static final Pattern LAYOUT_NAMESPACE = Pattern.compile(".*(/DI|/DC|/DMNDI|biodi|biocolor|/color)(/[0-9.]*)?/?$");
    private static final String BPMN_MODEL_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

    private ModelElements() {
    }

    /** The model's elements by id, in document order. */
    static Map<String, ModelElement> read(String resourceName, byte[] content) {
        if (resourceName.endsWith(".dmn") || resourceName.endsWith(".dmn11.xml")) {
            ModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
            return describe(model, units(model, DrgElement.class, Input.class, Output.class, Rule.class), Map.of(),
                    Map.of());
        }
        ModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        Map<String, List<String>> incoming = new HashMap<>();
        Map<String, List<String>> outgoing = new HashMap<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getSource() != null) {
                outgoing.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow.getId());
            }
            if (flow.getTarget() != null) {
                incoming.computeIfAbsent(flow.getTarget().getId(), id -> new ArrayList<>()).add(flow.getId());
            }
        }
        Map<String, ModelElementInstance> units = units(model, RootElement.class, FlowElement.class, Lane.class,
                Participant.class, MessageFlow.class, Artifact.class);
        // an event definition (a timer, a message) is part of its event's meaning, though BPMN calls it a root element
        units.values().removeIf(EventDefinition.class::isInstance);
        return describe(model, units, incoming, outgoing);
    }

    @SafeVarargs
    private static Map<String, ModelElementInstance> units(ModelInstance model,
            Class<? extends ModelElementInstance>... types) {
        Map<String, ModelElementInstance> units = new LinkedHashMap<>();
        for (Class<? extends ModelElementInstance> type : types) {
            for (ModelElementInstance element : model.getModelElementsByType(type)) {
                String id = element.getAttributeValue("id");
                if (id != null) {
                    units.putIfAbsent(id, element);
                }
            }
        }
        return units;
    }

    private static Map<String, ModelElement> describe(ModelInstance model, Map<String, ModelElementInstance> units,
            Map<String, List<String>> incoming, Map<String, List<String>> outgoing) {
        Map<String, ModelElement> elements = new LinkedHashMap<>();
        Map<String, Element> dom = domElementsById(model.getDocument().getDomSource().getNode(), units.keySet());
        // in document order, so a diff lists elements as the model file does
        dom.forEach((id, node) -> {
            ModelElementInstance element = units.get(id);
            Map<String, String> properties = new TreeMap<>();
            properties.putAll(attributes(node, false));
            properties.putAll(content(node, units.keySet()));
            if (element instanceof Rule) {
                properties.put("position", String.valueOf(position(node)));
            }
            if (incoming.containsKey(id) || outgoing.containsKey(id)) {
                properties.put("incoming flows", sorted(incoming.get(id)));
                properties.put("outgoing flows", sorted(outgoing.get(id)));
            }
            String name = element.getAttributeValue("name");
            if (name == null) {
                name = element.getAttributeValue("label");
            }
            elements.put(id, new ModelElement(id, element.getElementType().getTypeName(), name, properties));
        });
        return elements;
    }

    private static Map<String, Element> domElementsById(Node root, Collection<String> ids) {
        Map<String, Element> byId = new LinkedHashMap<>();
        collect(root, ids, byId);
        return byId;
    }

    private static void collect(Node node, Collection<String> ids, Map<String, Element> byId) {
        if (node instanceof Element element) {
            if (isLayout(element)) {
                return;
            }
            String id = element.getAttribute("id");
            if (!id.isEmpty() && ids.contains(id)) {
                byId.putIfAbsent(id, element);
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, ids, byId);
        }
    }

    /** The element's attributes by qualified name, without namespace declarations or layout attributes. */
    private static Map<String, String> attributes(Element element, boolean withId) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            String namespace = attribute.getNamespaceURI();
            if ("http://www.w3.org/2000/xmlns/".equals(namespace) || (namespace != null
                    && LAYOUT_NAMESPACE.matcher(namespace).matches())) {
                continue;
            }
            String name = qualified(namespace, localName(attribute));
            if (!withId && name.equals("id")) {
                continue;
            }
            attributes.put(name, attribute.getValue());
        }
        return attributes;
    }

    /**
     * What the element holds, grouped by child element name (all {@code documentation}s together, the
     * {@code extensionElements}, a {@code timerEventDefinition}…); children compared on their own, incoming and
     * outgoing references (read from the flows instead) and layout are left out.
     */
    private static Map<String, String> content(Element element, Collection<String> units) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && !isUnit(childElement, units) && !isLayout(childElement)
                    && !isFlowReference(childElement)) {
                groups.computeIfAbsent(qualified(childElement.getNamespaceURI(), localName(childElement)),
                        name -> new ArrayList<>()).add(canonical(childElement, units));
            }
        }
        String text = ownText(element);
        Map<String, String> content = new TreeMap<>();
        groups.forEach((name, values) -> content.put(name, String.join(", ", values)));
        if (!text.isEmpty()) {
            content.put("text", text);
        }
        return content;
    }

    private static String canonical(Element element, Collection<String> units) {
        StringBuilder out = new StringBuilder(qualified(element.getNamespaceURI(), localName(element)));
        Map<String, String> attributes = attributes(element, false);
        if (!attributes.isEmpty()) {
            out.append(attributes);
        }
        String text = ownText(element);
        if (!text.isEmpty()) {
            out.append(" \"").append(text).append('"');
        }
        List<String> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && !isUnit(childElement, units) && !isLayout(childElement)) {
                children.add(canonical(childElement, units));
            }
        }
        if (!children.isEmpty()) {
            out.append(" (").append(String.join(", ", children)).append(')');
        }
        return out.toString();
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    private static int position(Element node) {
        int position = 1;
        for (Node sibling = node == null ? null : node.getPreviousSibling(); sibling != null;
                sibling = sibling.getPreviousSibling()) {
            if (sibling instanceof Element element && localName(element).equals(localName(node))) {
                position++;
            }
        }
        return position;
    }

    private static boolean isUnit(Element element, Collection<String> units) {
        String id = element.getAttribute("id");
        return !id.isEmpty() && units.contains(id);
    }

    private static boolean isLayout(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace != null && LAYOUT_NAMESPACE.matcher(namespace).matches();
    }

    private static boolean isFlowReference(Element element) {
        String name = localName(element);
        return BPMN_MODEL_NS.equals(element.getNamespaceURI()) && (name.equals("incoming") || name.equals("outgoing"));
    }

    private static String qualified(String namespace, String localName) {
        if (CAMUNDA_NS.equals(namespace) || CAMUNDA_DMN_NS.equals(namespace)) {
            return "camunda:" + localName;
        }
        if ("http://www.w3.org/2001/XMLSchema-instance".equals(namespace)) {
            return "xsi:" + localName;
        }
        return localName;
    }

    private static String localName(Node node) {
        return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    }

    private static String sorted(List<String> ids) {
        return ids == null ? "[]" : new TreeSet<>(ids).toString();
    }

    /** One compared element: id, type (BPMN/DMN element name), name or label, and what it means. */
    record ModelElement(String id, String type, String name, Map<String, String> properties) {
    }
}
