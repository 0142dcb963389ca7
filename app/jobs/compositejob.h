// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"

#include <QPointer>

#include <array>
#include <functional>

namespace Stasis
{

/// A job made of steps that run one after another (KCompositeJob's idea on
/// the Job contract). Each step is a Job of its own: its messages become
/// this job's, its percent fills the share of the whole it was given, its
/// amounts (bytes, files…) add to those of the steps before it, and a kill
/// reaches the step that runs. Subclasses chain steps in run() and in the
/// callbacks they give runStep().
class CompositeJob : public Job
{
    Q_OBJECT

Q_SIGNALS:
    /// @p step is about to start, as the step this job runs now.
    void stepStarted(Stasis::Job *step);

protected:
    explicit CompositeJob(QObject *parent = nullptr);

    /// Runs @p step (this job takes it over) for the next @p share percent of
    /// the whole; @p done gets the finished step, failed or not, unless this
    /// job was killed meanwhile.
    void runStep(Job *step, int share, const std::function<void(Job &step)> &done);
    /// Runs @p step, then emits the result: with @p step's failure if it
    /// failed. For the last step of a chain.
    void runLastStep(Job *step, int share);

    /// Kills the running step quietly. When it reports after its kill (see
    /// Job::reportsAfterKill), so does this job: the step's late messages
    /// are forwarded, then afterKill() runs and this job deletes itself.
    bool doKill() override;
    /// Clean-up after a kill, once the killed step is gone; call @p done when
    /// finished. Only called when reportsAfterKill() is set. The default
    /// calls @p done at once.
    virtual void afterKill(const std::function<void()> &done);

    bool isKilled() const
    {
        return m_killed;
    }
    /// The percent of the whole the steps run so far (the running one included) left over.
    int remainingShare() const
    {
        return 100 - m_progressBase - m_progressShare;
    }

private:
    void forward(Job *step);
    /// The whole's percent when the running step is at @p stepPercent.
    unsigned long percentAt(unsigned long stepPercent) const;

    QPointer<Job> m_step;
    int m_progressBase = 0;
    int m_progressShare = 0;
    /// The amounts of the finished steps, per unit.
    std::array<qulonglong, UnitsCount> m_processedBefore{};
    std::array<qulonglong, UnitsCount> m_totalBefore{};
    bool m_killed = false;
};

} // namespace Stasis
