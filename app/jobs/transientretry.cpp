// SPDX-License-Identifier: GPL-2.0-or-later
#include "transientretry.h"

#include <QCoreApplication>

namespace Stasis::TransientRetry
{

namespace
{

/// The translation context of the functions here (a namespace has no tr()).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::TransientRetry)
};

} // namespace

int delayMs(const EngineError &error, int attempt, int maximumAttempts)
{
    if (!error.isTransientContentConflict() || attempt >= maximumAttempts) {
        return -1;
    }
    return 250 * attempt;
}

QString notice(const EngineError &error, int delayMs, int nextAttempt, int maximumAttempts)
{
    return Messages::tr("The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).")
        .arg(error.message)
        .arg(delayMs)
        .arg(nextAttempt)
        .arg(maximumAttempts);
}

} // namespace Stasis::TransientRetry
