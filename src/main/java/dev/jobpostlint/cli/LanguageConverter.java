package dev.jobpostlint.cli;

import dev.jobpostlint.nlp.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang de|en}. */
final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.fromCode(value)
                .orElseThrow(() -> new TypeConversionException("unsupported language '" + value + "' (de, en)"));
    }
}
