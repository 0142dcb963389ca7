// SPDX-License-Identifier: GPL-2.0-or-later
#include "transientretry.h"

#include "job.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace Stasis::TransientRetry
{

namespace
{

/// The transient error is gone within a second or so.
constexpr int maximumAttempts = 4;

/// The translation context of the functions here (a namespace has no tr()).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::TransientRetry)
};

/// The delay before attempt @p attempt + 1, or -1 when @p error is not
/// transient or no attempt is left.
int delayMs(const EngineError &error, int attempt)
{
    if (!error.isTransientContentConflict() || attempt >= maximumAttempts) {
        return -1;
    }
    return 250 * attempt;
}

/// The line for the job's log.
QString notice(const EngineError &error, int delayMs, int nextAttempt)
{
    return Messages::tr("The engine hit its known transient error (%1); retrying in %2 ms (attempt %3 of %4).")
        .arg(error.message)
        .arg(delayMs)
        .arg(nextAttempt)
        .arg(maximumAttempts);
}

/// The attempts of one run(); kept alive by the continuation that waits.
class Attempts final : public std::enable_shared_from_this<Attempts>
{
public:
    Attempts(Job *job, const Request &request, const Done &done)
        : m_job(job)
        , m_request(request)
        , m_done(done)
    {
    }

    void next()
    {
        if (m_cancelled) {
            return;
        }
        ++m_attempt;
        m_pending = m_request();
        m_pending.then(m_job, [self = shared_from_this()](const EngineResult<void> &result) {
            self->answered(result);
        });
    }

    void cancel()
    {
        m_cancelled = true;
        m_pending.cancel();
    }

private:
    void answered(const EngineResult<void> &result)
    {
        m_pending = {};
        if (m_cancelled) {
            return;
        }
        if (!result) {
            if (const int delay = delayMs(result.error(), m_attempt); delay >= 0) {
                Q_EMIT m_job->infoMessage(m_job, notice(result.error(), delay, m_attempt + 1));
                QTimer::singleShot(delay, m_job, [self = shared_from_this()] {
                    self->next();
                });
                return;
            }
        }
        m_done(result);
    }

    Job *m_job;
    Request m_request;
    Done m_done;
    int m_attempt = 0;
    bool m_cancelled = false;
    QFuture<EngineResult<void>> m_pending;
};

} // namespace

std::function<void()> run(Job *job, const Request &request, const Done &done)
{
    auto attempts = std::make_shared<Attempts>(job, request, done);
    attempts->next();
    return [attempts] {
        attempts->cancel();
    };
}

} // namespace Stasis::TransientRetry
