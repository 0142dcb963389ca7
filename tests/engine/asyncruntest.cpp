// SPDX-License-Identifier: GPL-2.0-or-later
// AsyncRun offline: an answer given at once and one given from a later
// step, the run gone after its last step, a cancelled answer seen by the run.
#include "asyncrun.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Stasis;

namespace
{

/// Answers @p steps event-loop turns after start() (0: within it) with steps * 10.
class CountingRun final : public AsyncRun<CountingRun, int>
{
public:
    CountingRun(int steps, std::weak_ptr<CountingRun> *alive, bool *sawCancel)
        : m_steps(steps)
        , m_alive(alive)
        , m_sawCancel(sawCancel)
    {
    }

    void start()
    {
        *m_alive = weak_from_this();
        step(m_steps);
    }

private:
    void step(int left)
    {
        if (left == 0) {
            *m_sawCancel = isCanceled();
            return answer(m_steps * 10);
        }
        QTimer::singleShot(0, QCoreApplication::instance(), [self = shared_from_this(), left] {
            self->step(left - 1);
        });
    }

    int m_steps;
    std::weak_ptr<CountingRun> *m_alive;
    bool *m_sawCancel;
};

} // namespace

class AsyncRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<int>("steps");
        QTest::newRow("within start()") << 0;
        QTest::newRow("from a later step") << 3;
    }

    void answers()
    {
        QFETCH(int, steps);
        std::weak_ptr<CountingRun> alive;
        bool sawCancel = true;
        const QFuture<int> answer = CountingRun::launch(steps, &alive, &sawCancel);
        // Pending steps hold the run.
        QCOMPARE(answer.isFinished(), steps == 0);
        QCOMPARE(alive.expired(), steps == 0);
        QTRY_VERIFY(answer.isFinished());
        QCOMPARE(answer.result(), steps * 10);
        QVERIFY(!sawCancel);
        QTRY_VERIFY(alive.expired());
    }

    void seesTheCancel()
    {
        std::weak_ptr<CountingRun> alive;
        bool sawCancel = false;
        QFuture<int> answer = CountingRun::launch(2, &alive, &sawCancel);
        answer.cancel();
        QTRY_VERIFY(alive.expired());
        QVERIFY(sawCancel);
    }
};

QTEST_GUILESS_MAIN(AsyncRunTest)
#include "asyncruntest.moc"
