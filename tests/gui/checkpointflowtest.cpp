// SPDX-License-Identifier: GPL-2.0-or-later
// The seed's example through the real window: select the counting
// container, checkpoint it with the dialog (it stops), restore it from the
// checkpoint table, watch the jobs finish in the jobs panel and the counter
// continue from its last value, rewind it while it runs, remove the
// checkpoint.
#include "checkpointdialog.h"
#include "checkpointmodel.h"
#include "containermodel.h"
#include "enginetestsupport.h"
#include "jobs/jobqueue.h"
#include "logpane.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointFlowTest : public QObject
{
    Q_OBJECT

private:
    JobQueue::State lastJobState(const MainWindow &window) const
    {
        const QList<JobQueue::Id> ids = window.jobQueue()->ids();
        return ids.isEmpty() ? JobQueue::State::Queued : window.jobQueue()->record(ids.last())->state;
    }

    EngineClient *m_client = nullptr;
    QString m_name = QStringLiteral("stasis-flow-%1").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_name, true));
        }
    }

    void checkpointAndRestoreThroughTheWindow()
    {
        ContainerSpec spec;
        spec.name = m_name;
        spec.image = sandboxImage();
        spec.command = counterCommand();
        spec.stopTimeoutSeconds = 1;
        await(m_client->removeContainer(m_name, true));
        QVERIFY(await(m_client->createContainer(spec)));
        QVERIFY(await(m_client->startContainer(m_name)));
        QVERIFY(waitForCounterValues(*m_client, m_name, 3));

        MainWindow window(m_client->endpoint());
        window.show();
        QSignalSpy selectionLoaded(&window, &MainWindow::selectionLoaded);
        window.selectContainer(m_name);
        QVERIFY(selectionLoaded.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(window.checkpointAction()->isEnabled(), 5000);

        // Checkpoint with the dialog; an invalid name is refused before any request.
        window.checkpointAction()->trigger();
        CheckpointDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CheckpointDialog *>()) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        name->setText(QStringLiteral("x"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("flow-cp"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(window), JobQueue::State::Done, 30000);

        auto *containers = window.findChild<QTableView *>(QStringLiteral("containers"));
        QTRY_COMPARE_WITH_TIMEOUT(containers->currentIndex().siblingAtColumn(ContainerModel::StateColumn).data().toString(), QStringLiteral("exited"), 10000);
        const auto frozen = await(m_client->logs(m_name));
        QVERIFY2(frozen, why(frozen).constData());
        const QList<int> frozenValues = counterValues(*frozen);
        QVERIFY(!frozenValues.isEmpty());

        // Restore from the checkpoint table.
        auto *checkpoints = window.findChild<QTableView *>(QStringLiteral("checkpoints"));
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints->model()->rowCount(), 1, 10000);
        checkpoints->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.restoreAction()->isEnabled(), 5000);
        window.restoreAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->ids().size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(window), JobQueue::State::Done, 30000);

        const auto after = waitForCounterValues(*m_client, m_name, int(frozenValues.size()) + 3);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozenValues.size()), frozenValues.last() + 1);

        // The logs pane follows the restored container too.
        auto *log = window.findChild<LogPane *>()->findChild<QPlainTextEdit *>();
        const QString expected = QString::number(frozenValues.last() + 2);
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().split(QLatin1Char('\n')).contains(expected), 10000);

        // The container runs again: Restore becomes Rewind (stop, then restore).
        checkpoints->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(window.restoreAction()->text(), QStringLiteral("&Rewind…"), 10000);
        window.restoreAction()->trigger();
        QMessageBox *rewind = nullptr;
        QTRY_VERIFY((rewind = window.findChild<QMessageBox *>(QStringLiteral("rewindConfirmation"))) != nullptr);
        for (QAbstractButton *button : rewind->buttons()) {
            if (rewind->buttonRole(button) == QMessageBox::AcceptRole) {
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->ids().size(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(window), JobQueue::State::Done, 30000);
        // The counter went back: the first value after the checkpoint shows up a second time.
        QTRY_VERIFY_WITH_TIMEOUT(counterValues(*await(m_client->logs(m_name))).count(frozenValues.last() + 1) == 2, 15000);

        // Remove the checkpoint, confirming the question.
        checkpoints->selectRow(0);
        window.removeAction()->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"))) != nullptr);
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole) {
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->ids().size(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(window), JobQueue::State::Done, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints->model()->rowCount(), 0, 10000);
    }
};

QTEST_MAIN(CheckpointFlowTest)
#include "checkpointflowtest.moc"
