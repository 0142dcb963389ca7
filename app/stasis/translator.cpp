// SPDX-License-Identifier: GPL-2.0-or-later
#include "translator.h"

namespace Stasis
{

QString Translator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
    return translated.isEmpty() ? QTranslator::translate("Stasis", sourceText, disambiguation, n) : translated;
}

} // namespace Stasis
