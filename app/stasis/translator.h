// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QTranslator>

namespace Stasis
{

/// Stasis's translations. Text translated by a file-local helper function
/// inside namespace Stasis is filed by lupdate under the context "Stasis":
/// when a lookup in the caller's context fails, that one is tried too.
class Translator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace Stasis
