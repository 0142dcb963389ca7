// SPDX-License-Identifier: GPL-2.0-or-later
#include "job.h"

#include <QTimer>

namespace Stasis
{

Job::Job(QObject *parent)
    : KJob(parent)
{
}

void Job::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!isFinished()) {
            run();
        } else if (m_reportsAfterKill) {
            // Killed before it ran: there is nothing to report.
            deleteLater();
        }
    });
}

QString Job::errorString() const
{
    if (!error()) {
        return {};
    }
    if (error() == KilledJobError) {
        return tr("Cancelled.");
    }
    return errorText().isEmpty() ? tr("The job failed (error code %1).").arg(error()) : errorText();
}

bool Job::doKill()
{
    if (m_stop) {
        m_stop();
    }
    return capabilities().testFlag(Killable);
}

void Job::setFailure(Error code, const QString &text, const EngineError &engineError)
{
    setError(code);
    setErrorText(text);
    m_engineError = engineError;
}

void Job::emitFailure(Error code, const QString &text, const EngineError &engineError)
{
    setFailure(code, text, engineError);
    emitResult();
}

void Job::adoptFailure(const Job &step)
{
    setError(step.error());
    setErrorText(step.errorText());
    m_engineError = step.engineError();
    m_errorDetails = step.errorDetails();
}

} // namespace Stasis
