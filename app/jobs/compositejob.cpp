// SPDX-License-Identifier: GPL-2.0-or-later
#include "compositejob.h"

#include <QTimer>

namespace Stasis
{

CompositeJob::CompositeJob(QObject *parent)
    : Job(parent)
{
    setCapabilities(Killable);
}

void CompositeJob::runStep(Job *step, int share, const std::function<void(Job &step)> &done)
{
    m_progressBase += m_progressShare;
    m_progressShare = share;
    step->setParent(this);
    step->setAutoDelete(false);
    m_step = step;
    forward(step);
    connect(step, &KJob::result, this, [this, done](KJob *job) {
        auto *finished = static_cast<Job *>(job);
        finished->deleteLater();
        if (m_killed) {
            return;
        }
        m_step.clear();
        for (int unit = 0; unit < UnitsCount; ++unit) {
            m_processedBefore[unit] += finished->processedAmount(Unit(unit));
            m_totalBefore[unit] += finished->totalAmount(Unit(unit));
        }
        if (!finished->error()) {
            setPercent(unsigned(m_progressBase + m_progressShare));
        }
        done(*finished);
    });
    Q_EMIT stepStarted(step);
    step->start();
}

void CompositeJob::runLastStep(Job *step, int share)
{
    runStep(step, share, [this](Job &finished) {
        if (finished.error()) {
            adoptFailure(finished);
        }
        emitResult();
    });
}

void CompositeJob::forward(Job *step)
{
    connect(step, &KJob::infoMessage, this, [this](KJob *, const QString &message) {
        Q_EMIT infoMessage(this, message);
    });
    connect(step, &KJob::warning, this, [this](KJob *, const QString &message) {
        Q_EMIT warning(this, message);
    });
    connect(step, &KJob::percentChanged, this, [this](KJob *, unsigned long percent) {
        setPercent(percentAt(percent));
    });
    // KJob turns the whole's amounts into a percent of its own: the step's share wins.
    connect(step, &KJob::processedAmountChanged, this, [this](KJob *step, KJob::Unit unit, qulonglong amount) {
        setProcessedAmount(unit, m_processedBefore[unit] + amount);
        setPercent(percentAt(step->percent()));
    });
    connect(step, &KJob::totalAmountChanged, this, [this](KJob *step, KJob::Unit unit, qulonglong amount) {
        setTotalAmount(unit, m_totalBefore[unit] + amount);
        setPercent(percentAt(step->percent()));
    });
}

unsigned long CompositeJob::percentAt(unsigned long stepPercent) const
{
    return unsigned(m_progressBase + int(stepPercent) * m_progressShare / 100);
}

bool CompositeJob::doKill()
{
    Job *step = m_step;
    if (step && !step->kill(KJob::Quietly)) {
        return false;
    }
    m_killed = true;
    if (!reportsAfterKill()) {
        return true;
    }
    const auto cleanUp = [this] {
        afterKill([this] {
            deleteLater();
        });
    };
    if (step && step->reportsAfterKill()) {
        // It reports what it found, then deletes itself.
        connect(step, &QObject::destroyed, this, cleanUp);
    } else {
        QTimer::singleShot(0, this, cleanUp);
    }
    return true;
}

void CompositeJob::afterKill(const std::function<void()> &done)
{
    done();
}

} // namespace Stasis
