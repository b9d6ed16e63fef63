#include "PreviewPage.h"

#include "ConnectionFlow.h"
#include "DeployWizard.h"
#include "FileDialogs.h"
#include "ops/Operations.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"
#include "render/Generators.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace odoodeploy {

PreviewPage::PreviewPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_flow(new ConnectionFlow(model, secrets, this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Every file the deployment writes to the server, exactly as it will be written. "
                   "A file that already exists there is backed up before it is replaced."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_compare = new QPushButton(tr("Compare with the &server"), this);
    m_compare->setObjectName(QStringLiteral("compareWithServer"));
    m_compare->setToolTip(tr("Reads the files on the server and shows the differences; changes nothing."));
    m_serverRow = new QWidget(this);
    auto *serverLayout = new QHBoxLayout(m_serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    m_server = new QComboBox(m_serverRow);
    m_server->setObjectName(QStringLiteral("previewServer"));
    auto *serverLabel = new QLabel(tr("Files of the server:"), m_serverRow);
    serverLabel->setBuddy(m_server);
    serverLayout->addWidget(serverLabel);
    serverLayout->addWidget(m_server);
    serverLayout->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_compare);
    layout->addLayout(top);
    layout->addWidget(m_serverRow);
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    layout->addWidget(m_tabs, 1);
    connect(m_compare, &QPushButton::clicked, this, &PreviewPage::compareWithServer);
    connect(m_flow, &ConnectionFlow::status, m_summary, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::failed, m_summary, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::planned, this, [this] {
        // After the probe, if there was one: the facts decide which files there are.
        m_comparedPaths = CompareFilesOperation::paths(m_model->profile(), m_flow->facts());
    });
    connect(m_flow, &ConnectionFlow::output, this, [this](int i, int stream, const QString &text) {
        if (i < m_comparedPaths.size() && stream == int(OutputStream::Stdout))
            m_diffs[m_comparedPaths.at(i)] += text;
    });
    connect(m_flow, &ConnectionFlow::stepFinished, this, [this](int i, const StepOutcome &o) {
        if (i >= m_comparedPaths.size())
            return;
        if (o.status == StepOutcome::Status::Unchanged)
            m_diffs[m_comparedPaths.at(i)] = tr("Same as on the server.");
        else if (o.status != StepOutcome::Status::Changed)
            m_diffs[m_comparedPaths.at(i)] = o.message;
    });
    connect(m_flow, &ConnectionFlow::finished, this, [this](bool success) {
        m_compare->setEnabled(true);
        rebuild();
        if (success)
            m_summary->setText(tr("Compared with %1: differences are shown under each file.").arg(m_model->profile().server.host));
    });
    connect(m_model, &ProfileModel::changed, this, [this] {
        m_diffs.clear(); // compared with the old values: no longer true
        if (isVisible())
            rebuild();
    });
}

void PreviewPage::initializePage()
{
    m_diffs.clear();
    fillServers();
    rebuild();
}

int PreviewPage::nextId() const { return m_model->profile().topology.spansServers() ? DeployWizard::ServersRun : DeployWizard::Run; }

void PreviewPage::fillServers()
{
    const QString current = m_server->currentText();
    const QSignalBlocker block(m_server);
    m_server->clear();
    for (const TopologyHost &host : m_model->profile().topology.hosts)
        m_server->addItem(host.name);
    m_server->setCurrentIndex(qMax(0, m_server->findText(current)));
    m_serverRow->setVisible(m_model->profile().topology.spansServers());
}

void PreviewPage::showServer(const QString &server)
{
    m_server->setCurrentIndex(m_server->findText(server));
}

void PreviewPage::compareWithServer()
{
    if (m_flow->isRunning() || !Validation::validate(m_model->profile()).isEmpty() || m_model->profile().topology.spansServers())
        return;
    m_compare->setEnabled(false);
    m_diffs.clear();
    m_comparedPaths.clear();
    // Which files the plan writes depends on the server (its init system): the
    // operation looks first when the facts are not known yet.
    m_flow->start(std::make_shared<CompareFilesOperation>());
}

void PreviewPage::rebuild()
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->deleteLater();
    }
    const FieldIssues issues = Validation::validate(m_model->profile());
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const auto &issue : issues)
            lines << QStringLiteral("%1: %2").arg(issue.field, issue.message);
        m_summary->setText(tr("Nothing can be generated until these are fixed:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    m_compare->setEnabled(!m_model->profile().topology.spansServers() && !m_flow->isRunning());
    m_compare->setToolTip(m_model->profile().topology.spansServers()
                              ? tr("Not yet for a deployment on several servers: its dry run shows what would change on each.")
                              : tr("Reads the files on the server and shows the differences; changes nothing."));
    if (m_model->profile().topology.spansServers()) {
        const QString server = m_server->currentText();
        if (server.isEmpty())
            return;
        const DeploymentProfile one = TopologyProfile::forHost(m_model->profile(), server);
        const RenderedFiles files = Generators::renderAll(one, m_model->hostFacts(server));
        const HostRoles roles = TopologyProfile::self(one)->roles;
        QString summary = tr("The server %1 (roles: %2): %3 files, for %4.")
                              .arg(server, toTexts(roles).join(QStringLiteral(", ")))
                              .arg(files.size())
                              .arg(m_model->profile().web.domain);
        if (roles & (HostRole::App | HostRole::Database))
            summary += QLatin1Char(' ') + tr("The database password is filled in when the files are sent, never shown here.");
        m_summary->setText(summary);
        for (const RenderedFile &file : files)
            m_tabs->addTab(fileTab(file), file.title);
        if (current >= 0 && current < m_tabs->count())
            m_tabs->setCurrentIndex(current);
        return;
    }
    const RenderedFiles files = Generators::renderAll(m_model->profile(), m_model->facts());
    m_summary->setText(tr("Files: %1, for %2.").arg(files.size()).arg(m_model->profile().web.domain));
    for (const RenderedFile &file : files)
        m_tabs->addTab(fileTab(file), file.title);
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

QWidget *PreviewPage::fileTab(const RenderedFile &file)
{
    auto *tab = new QWidget;
    tab->setObjectName(file.id);
    auto *layout = new QVBoxLayout(tab);
    auto *header = new QHBoxLayout;
    const QString mode = QString::number(file.mode, 8).rightJustified(4, QLatin1Char('0'));
    const QString where = file.kind == RenderedFile::Kind::Command ? tr("Runs on the server as root.")
                          : file.kind == RenderedFile::Kind::ClusterFile
                              ? tr("%1 in the folder of the running PostgreSQL cluster (/etc/postgresql/<version>/main) — owner %2:%3, mode %4")
                                    .arg(file.remotePath, file.owner, file.group, mode)
                              : tr("%1 — owner %2:%3, mode %4").arg(file.remotePath, file.owner, file.group, mode);
    auto *path = new QLabel(where, tab);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("Copy"), tab);
    copy->setObjectName(QStringLiteral("copy"));
    auto *saveAs = new QPushButton(tr("Save as…"), tab);
    saveAs->setObjectName(QStringLiteral("saveAs"));
    header->addWidget(path, 1);
    header->addWidget(copy);
    header->addWidget(saveAs);
    layout->addLayout(header);

    auto *text = new QPlainTextEdit(tab);
    text->setObjectName(QStringLiteral("content"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(file.content);
    layout->addWidget(text, 1);
    if (m_diffs.contains(file.remotePath)) {
        auto *diffLabel = new QLabel(tr("Differences from the file on the server (\"-\" there now, \"+\" after the deployment):"), tab);
        auto *diff = new QPlainTextEdit(tab);
        diff->setObjectName(QStringLiteral("serverDiff"));
        diff->setReadOnly(true);
        diff->setLineWrapMode(QPlainTextEdit::NoWrap);
        diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        diff->setPlainText(m_diffs.value(file.remotePath));
        layout->addWidget(diffLabel);
        layout->addWidget(diff, 1);
    }

    const QString content = file.content;
    const QString suggested = file.kind == RenderedFile::Kind::Command ? file.id : file.remotePath.section(QLatin1Char('/'), -1);
    connect(copy, &QPushButton::clicked, this, [content] { QApplication::clipboard()->setText(content); });
    connect(saveAs, &QPushButton::clicked, this, [this, content, suggested] {
        FileDialogs::instance().askSavePath(this, tr("Save file"), tr("All files (*)"), suggested, [this, content](const QString &target) {
            if (target.isEmpty())
                return;
            QSaveFile out(target);
            const QByteArray bytes = content.toUtf8();
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                m_summary->setText(tr("Could not save %1: %2").arg(target, out.errorString()));
            else
                m_summary->setText(tr("Saved %1.").arg(target));
        });
    });
    return tab;
}

} // namespace odoodeploy
