package dev.jobpostlint.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The categorizer's feature generator: the features are computed beforehand by {@link SentenceFeatures} and
 * given as the "text". Public with a public constructor because OpenNLP instantiates it by its name.
 */
public final class GivenFeatures implements FeatureGenerator {

    public GivenFeatures() {
        // instantiated by OpenNLP's extension loader
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        return List.of(text);
    }
}
