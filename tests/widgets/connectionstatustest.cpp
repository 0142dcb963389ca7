// SPDX-License-Identifier: GPL-2.0-or-later
// The window connects to an insecure engine only after the user agreed.
#include "connectionstatus.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;

namespace
{
EngineEndpoint endpointFor(const QString &url)
{
    const auto endpoint = EngineEndpoint::parse(url);
    return endpoint ? *endpoint : EngineEndpoint();
}

/// Clicks the button of @p role in the insecure-connection question of @p window; false when none is open.
bool answer(QWidget &window, QMessageBox::ButtonRole role)
{
    auto *question = window.findChild<QMessageBox *>(QStringLiteral("insecureConnection"));
    if (!question) {
        return false;
    }
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == role) {
            button->click();
            return true;
        }
    }
    return false;
}
} // namespace

class ConnectionStatusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsToAProtectedEngineAtOnce()
    {
        QWidget window;
        ConnectionStatus status(&window);
        QSignalSpy chosen(&status, &ConnectionStatus::engineChosen);
        status.choose(endpointFor(QStringLiteral("unix:///run/docker.sock")));
        status.choose(endpointFor(QStringLiteral("tcp://127.0.0.1:2375")));
        QCOMPARE(chosen.count(), 2);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("insecureConnection")));
    }

    void asksBeforeAnUnprotectedConnection()
    {
        QWidget window;
        ConnectionStatus status(&window);
        QSignalSpy chosen(&status, &ConnectionStatus::engineChosen);
        const EngineEndpoint remote = endpointFor(QStringLiteral("tcp://192.0.2.1:2375"));

        status.choose(remote);
        QCOMPARE(chosen.count(), 0);
        auto *question = window.findChild<QMessageBox *>(QStringLiteral("insecureConnection"));
        QVERIFY(question);
        QCOMPARE(question->textFormat(), Qt::PlainText);
        QVERIFY2(question->text().contains(QLatin1String("plain HTTP to another machine")), qPrintable(question->text()));

        // No: nothing connects, and the banner says why.
        QVERIFY(answer(window, QMessageBox::RejectRole));
        QCOMPARE(chosen.count(), 0);
        QVERIFY(!status.banner()->isHidden());
        QVERIFY2(status.banner()->text().contains(QLatin1String("plain HTTP")), qPrintable(status.banner()->text()));

        // Yes: it connects, and is not asked about again (Reconnect).
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("insecureConnection")));
        status.choose(remote);
        QVERIFY(answer(window, QMessageBox::AcceptRole));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<EngineEndpoint>().displayUrl(), remote.displayUrl());
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("insecureConnection")));
        status.choose(remote);
        QCOMPARE(chosen.count(), 2);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("insecureConnection")));
    }
};

QTEST_MAIN(ConnectionStatusTest)
#include "connectionstatustest.moc"
