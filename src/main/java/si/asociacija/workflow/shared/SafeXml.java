package si.asociacija.workflow.shared;

import javax.xml.stream.XMLInputFactory;

/** XML from outside (register files, public feeds) is read without DTDs or external entities. */
public final class SafeXml {

    private SafeXml() {
    }

    /** A StAX factory that refuses DTDs and never resolves an external entity. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
