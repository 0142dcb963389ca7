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
#include "jobqueue.h"
#include "logpane.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
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
    /// A counter container named m_name + @p suffix, started when @p start.
    bool makeCounter(const QString &suffix, bool start)
    {
        const QString name = m_name + suffix;
        await(m_client->removeContainer(name, true));
        if (!start) {
            return createCounter(*m_client, name).has_value();
        }
        return startCounter(*m_client, name) && waitForCounterValues(*m_client, name, 3);
    }

    /// The counter's values once @p container stopped with its checkpoint.
    QList<int> frozenValues(const QString &container)
    {
        if (!QTest::qWaitFor(
                [&] {
                    const auto details = await(m_client->inspectContainer(container));
                    return details && !details->running;
                },
                10000)) {
            return {};
        }
        const auto log = await(m_client->logs(container));
        return log ? counterValues(*log) : QList<int>{};
    }

    static void accept(QInputDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

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
            for (const QString &suffix : {QString(), QStringLiteral("-source"), QStringLiteral("-clone"), QStringLiteral("-folder")}) {
                await(m_client->removeContainer(m_name + suffix, true));
            }
        }
    }

    void checkpointAndRestoreThroughTheWindow()
    {
        await(m_client->removeContainer(m_name, true));
        QVERIFY(startCounter(*m_client, m_name));
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

    void restoreIntoAnotherContainer()
    {
        const QString source = m_name + QStringLiteral("-source");
        const QString clone = m_name + QStringLiteral("-clone");
        QVERIFY(makeCounter(QStringLiteral("-source"), true));
        QVERIFY(makeCounter(QStringLiteral("-clone"), false));
        const auto created = checkpoint(*m_client, source, CheckpointOptions{QStringLiteral("clone-cp"), false, {}});
        QVERIFY2(created, why(created).constData());
        const QList<int> frozen = frozenValues(source);
        QVERIFY(!frozen.isEmpty());

        MainWindow window(m_client->endpoint());
        window.show();
        QSignalSpy selectionLoaded(&window, &MainWindow::selectionLoaded);
        window.selectContainer(source);
        QVERIFY(selectionLoaded.wait(15000));
        auto *checkpoints = window.findChild<QTableView *>(QStringLiteral("checkpoints"));
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints->model()->rowCount(), 1, 10000);
        checkpoints->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.restoreIntoAction()->isEnabled(), 5000);
        QVERIFY(checkpoints->actions().contains(window.restoreIntoAction()));
        window.restoreIntoAction()->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(QStringLiteral("restoreIntoDialog"))) != nullptr);
        QVERIFY(dialog->comboBoxItems().contains(clone));
        QVERIFY(!dialog->comboBoxItems().contains(source)); // not into itself
        dialog->setTextValue(clone);
        accept(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->ids().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(window), JobQueue::State::Done, 60000);

        // The clone goes on counting from the source's value.
        const auto cloned = waitForCounterValues(*m_client, clone, 2);
        QVERIFY2(cloned, why(cloned).constData());
        QCOMPARE(cloned->first(), frozen.last() + 1);
        // The source keeps its checkpoint.
        QCOMPARE(checkpoints->model()->rowCount(), 1);
    }

    void restoreFromACustomFolder()
    {
        const QString container = m_name + QStringLiteral("-folder");
        const QString folder = QStringLiteral("/tmp/stasis-flow-folder-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(makeCounter(QStringLiteral("-folder"), true));
        const auto created = checkpoint(*m_client, container, CheckpointOptions{QStringLiteral("folder-cp"), false, folder});
        QVERIFY2(created, why(created).constData());
        const QList<int> frozen = frozenValues(container);
        QVERIFY(!frozen.isEmpty());

        MainWindow window(m_client->endpoint());
        window.show();
        QSignalSpy selectionLoaded(&window, &MainWindow::selectionLoaded);
        window.selectContainer(container);
        QVERIFY(selectionLoaded.wait(15000));
        auto *checkpoints = window.findChild<QTableView *>(QStringLiteral("checkpoints"));
        QCOMPARE(checkpoints->model()->rowCount(), 0); // none in the engine's default folder

        // List the custom folder.
        QTRY_VERIFY_WITH_TIMEOUT(window.checkpointFolderAction()->isEnabled(), 5000);
        window.checkpointFolderAction()->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(QStringLiteral("checkpointFolderDialog"))) != nullptr);
        dialog->setTextValue(folder);
        accept(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints->model()->rowCount(), 1, 10000);
        QCOMPARE(window.checkpointFolder(), folder);
        QCOMPARE(checkpoints->model()->index(0, CheckpointModel::FolderColumn).data().toString(), folder);

        // Restore from it: through the copy into the default folder.
        checkpoints->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(window.restoreAction()->text(), QStringLiteral("&Restore"), 5000);
        window.restoreAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->ids().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(window), JobQueue::State::Done, 60000);
        const JobQueue::Record *record = window.jobQueue()->record(window.jobQueue()->ids().last());
        QVERIFY2(record->description.contains(folder), qPrintable(record->description));

        const auto after = waitForCounterValues(*m_client, container, int(frozen.size()) + 2);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozen.size()), frozen.last() + 1);
        QVERIFY(await(m_client->removeCheckpoint(container, QStringLiteral("folder-cp"), folder)));
    }
};

QTEST_MAIN(CheckpointFlowTest)
#include "checkpointflowtest.moc"
