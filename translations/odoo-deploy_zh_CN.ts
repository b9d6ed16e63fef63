<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>What a backup of %1 would take</source>
        <translation>备份 %1 需要多少空间</translation>
    </message>
    <message>
        <source>Back up the database %1 and its files</source>
        <translation>备份数据库 %1 及其文件</translation>
    </message>
    <message>
        <source>The backups on the server</source>
        <translation>服务器上的备份</translation>
    </message>
    <message>
        <source>What restoring %1 would do</source>
        <translation>恢复 %1 将会做什么</translation>
    </message>
    <message>
        <source>Restore %1 into %2</source>
        <translation>将 %1 恢复到 %2</translation>
    </message>
    <message>
        <source>What rolling back to %1 would do</source>
        <translation>回滚到 %1 会做什么</translation>
    </message>
    <message>
        <source>Roll back to %1 with the backup %2</source>
        <translation>用备份 %2 回滚到 %1</translation>
    </message>
    <message>
        <source>Download the newest backup to %1</source>
        <translation>将最新的备份下载到 %1</translation>
    </message>
    <message>
        <source>Download the backup %1 to %2</source>
        <translation>将备份 %1 下载到 %2</translation>
    </message>
</context>
<context>
    <name>BackupOperation</name>
    <message>
        <source>What a backup would take</source>
        <translation>备份需要多少空间</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>CompareFilesOperation</name>
    <message>
        <source>Compare the files with the server</source>
        <translation>将文件与服务器上的进行比较</translation>
    </message>
</context>
<context>
    <name>DeployOperation</name>
    <message>
        <source>What a deployment would change</source>
        <translation>部署将会更改的内容</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
</context>
<context>
    <name>DownloadBackupOperation</name>
    <message>
        <source>Download a backup</source>
        <translation>下载备份</translation>
    </message>
</context>
<context>
    <name>Generators</name>
    <message>
        <source>Odoo configuration</source>
        <translation>Odoo 配置</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd 单元</translation>
    </message>
    <message>
        <source>SysV init script</source>
        <translation>SysV 启动脚本</translation>
    </message>
    <message>
        <source>nginx site</source>
        <translation>nginx 站点</translation>
    </message>
    <message>
        <source>Self-signed certificate (command)</source>
        <translation>自签名证书（命令）</translation>
    </message>
    <message>
        <source>Log rotation</source>
        <translation>日志轮转</translation>
    </message>
    <message>
        <source>nginx reload after a certificate renewal</source>
        <translation>证书续期后重新加载 nginx</translation>
    </message>
    <message>
        <source>Scheduled backup (script)</source>
        <translation>定时备份（脚本）</translation>
    </message>
    <message>
        <source>Scheduled backup (systemd service)</source>
        <translation>定时备份（systemd 服务）</translation>
    </message>
    <message>
        <source>Scheduled backup (systemd timer)</source>
        <translation>定时备份（systemd 定时器）</translation>
    </message>
    <message>
        <source>Scheduled backup (cron)</source>
        <translation>定时备份（cron）</translation>
    </message>
    <message>
        <source>PostgreSQL settings</source>
        <translation>PostgreSQL 设置</translation>
    </message>
    <message>
        <source>PostgreSQL access (pg_hba.conf)</source>
        <translation>PostgreSQL 访问控制（pg_hba.conf）</translation>
    </message>
    <message>
        <source>GlusterFS init script (the shared filestore)</source>
        <translation>GlusterFS 启动脚本（共享文件存储）</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>The host facts are not a JSON object: %1.</source>
        <translation>主机信息不是 JSON 对象：%1。</translation>
    </message>
</context>
<context>
    <name>ListBackupsOperation</name>
    <message>
        <source>List the backups on the server</source>
        <translation>列出服务器上的备份</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>What updating to %1 would change</source>
        <translation>更新到 %1 会改变什么</translation>
    </message>
    <message>
        <source>Fetch %1</source>
        <translation>获取 %1</translation>
    </message>
    <message>
        <source>Move to the fetched commit and restart %1</source>
        <translation>切换到获取的提交并重启 %1</translation>
    </message>
    <message>
        <source>What upgrading %1 would do</source>
        <translation>升级 %1 会做什么</translation>
    </message>
    <message>
        <source>Upgrade the modules %1 in %2</source>
        <translation>在 %2 中升级模块 %1</translation>
    </message>
    <message>
        <source>Which modules? Give their technical names, separated by commas, or &quot;all&quot;.</source>
        <translation>哪些模块？请给出技术名称，以逗号分隔，或 &quot;all&quot;。</translation>
    </message>
    <message>
        <source>&quot;all&quot; upgrades every module: give it alone, not in a list.</source>
        <translation>&quot;all&quot; 会升级所有模块：请单独给出，不要放在列表中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Odoo module name (lower-case letters, digits and underscores, such as sale_management).</source>
        <translation>&quot;%1&quot; 不是 Odoo 模块名（小写字母、数字和下划线，例如 sale_management）。</translation>
    </message>
    <message>
        <source>Start Odoo again</source>
        <translation>再次启动 Odoo</translation>
    </message>
    <message>
        <source>Stop Odoo</source>
        <translation>停止 Odoo</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The server has not been probed; nothing can be planned without its facts.</source>
        <translation>尚未检测服务器；没有服务器信息就无法制定部署计划。</translation>
    </message>
    <message>
        <source>%1 is not Debian or Ubuntu; only those are supported.</source>
        <translation>%1 不是 Debian 或 Ubuntu；只支持这两种系统。</translation>
    </message>
    <message>
        <source>Odoo %1 needs Python 3.%2 to 3.%3; the server has Python %4. Choose another Odoo version or server.</source>
        <translation>Odoo %1 需要 Python 3.%2 到 3.%3；服务器上是 Python %4。请选择其他 Odoo 版本或服务器。</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program than nginx; nginx needs it.</source>
        <translation>端口 %1 已被 nginx 以外的程序占用；nginx 需要该端口。</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program; Odoo needs it (choose other local ports).</source>
        <translation>端口 %1 已被其他程序占用；Odoo 需要该端口（请选择其他本地端口）。</translation>
    </message>
    <message>
        <source>%1 workers and cron threads need about %2 MiB of RAM; the server has %3 MiB. Use fewer workers.</source>
        <translation>%1 个工作进程和定时任务线程约需 %2 MiB 内存；服务器只有 %3 MiB。请减少工作进程数。</translation>
    </message>
    <message>
        <source>Only %1 MiB are free on the server&apos;s disk; at least 3 GiB are needed.</source>
        <translation>服务器磁盘只剩 %1 MiB 可用空间；至少需要 3 GiB。</translation>
    </message>
    <message>
        <source>Refresh the package lists</source>
        <translation>刷新软件包列表</translation>
    </message>
    <message>
        <source>Install PostgreSQL, nginx, Python and build packages</source>
        <translation>安装 PostgreSQL、nginx、Python 及编译所需的软件包</translation>
    </message>
    <message>
        <source>PostgreSQL running and enabled</source>
        <translation>PostgreSQL 正在运行并已设为开机启动</translation>
    </message>
    <message>
        <source>System user %1 (no login)</source>
        <translation>系统用户 %1（不可登录）</translation>
    </message>
    <message>
        <source>PostgreSQL role %1, not a superuser</source>
        <translation>PostgreSQL 角色 %1（非超级用户）</translation>
    </message>
    <message>
        <source>Database %1 owned by %2</source>
        <translation>数据库 %1，属主为 %2</translation>
    </message>
    <message>
        <source>Odoo %1 source from git (%2)</source>
        <translation>从 git 获取 Odoo %1 源代码（%2）</translation>
    </message>
    <message>
        <source>Python virtual environment with Odoo&apos;s requirements</source>
        <translation>包含 Odoo 依赖的 Python 虚拟环境</translation>
    </message>
    <message>
        <source>Data folder %1</source>
        <translation>数据目录 %1</translation>
    </message>
    <message>
        <source>Log folder %1</source>
        <translation>日志目录 %1</translation>
    </message>
    <message>
        <source>Odoo configuration %1</source>
        <translation>Odoo 配置 %1</translation>
    </message>
    <message>
        <source>Initialise the database (base module)</source>
        <translation>初始化数据库（base 模块）</translation>
    </message>
    <message>
        <source>Service definition %1</source>
        <translation>服务定义 %1</translation>
    </message>
    <message>
        <source>Odoo service running, enabled at boot</source>
        <translation>Odoo 服务正在运行并已设为开机启动</translation>
    </message>
    <message>
        <source>Self-signed certificate for %1</source>
        <translation>%1 的自签名证书</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Private key %1 (mode 0600)</source>
        <translation>私钥 %1（权限 0600）</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt certificate for %1</source>
        <translation>%1 的 Let&apos;s Encrypt 证书</translation>
    </message>
    <message>
        <source>nginx site %1</source>
        <translation>nginx 站点 %1</translation>
    </message>
    <message>
        <source>nginx serves our site, not the default one</source>
        <translation>nginx 提供本站点而非默认站点</translation>
    </message>
    <message>
        <source>nginx running with the new configuration</source>
        <translation>nginx 以新配置运行</translation>
    </message>
    <message>
        <source>The profile asks for a systemd unit, but the server does not run systemd; choose &quot;detect&quot; or SysV init.</source>
        <translation>配置文件要求使用 systemd 单元，但服务器没有运行 systemd；请选择“自动检测”或 SysV 启动脚本。</translation>
    </message>
    <message>
        <source>Upgrade the installed packages</source>
        <translation>升级已安装的软件包</translation>
    </message>
    <message>
        <source>wkhtmltopdf from %1</source>
        <translation>从 %1 安装 wkhtmltopdf</translation>
    </message>
    <message>
        <source>Record the certificate&apos;s fingerprint for the health check</source>
        <translation>记录证书指纹，供健康检查使用</translation>
    </message>
    <message>
        <source>ACME certificate for %1 from %2</source>
        <translation>从 %2 获取 %1 的 ACME 证书</translation>
    </message>
    <message>
        <source>Cannot read the private key file %1: %2</source>
        <translation>无法读取私钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The private key file %1 is empty.</source>
        <translation>私钥文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The certificate file %1 is empty.</source>
        <translation>证书文件 %1 是空的。</translation>
    </message>
    <message>
        <source>Log rotation %1</source>
        <translation>日志轮转 %1</translation>
    </message>
    <message>
        <source>nginx reload after a certificate renewal %1</source>
        <translation>证书续期后重新加载 nginx %1</translation>
    </message>
    <message>
        <source>cron running (renewals and scheduled backups)</source>
        <translation>cron 正在运行（证书续期和定时备份）</translation>
    </message>
    <message>
        <source>Scheduled backup %1</source>
        <translation>定时备份 %1</translation>
    </message>
    <message>
        <source>Scheduled backup service %1</source>
        <translation>定时备份服务 %1</translation>
    </message>
    <message>
        <source>Scheduled backup timer %1</source>
        <translation>定时备份定时器 %1</translation>
    </message>
    <message>
        <source>Scheduled backup cron entry %1</source>
        <translation>定时备份 cron 条目 %1</translation>
    </message>
    <message>
        <source>Daily backup at %1</source>
        <translation>每天 %1 备份</translation>
    </message>
    <message>
        <source>No scheduled backup</source>
        <translation>没有定时备份</translation>
    </message>
    <message>
        <source>Firewall rule for port %1 removed</source>
        <translation>已删除端口 %1 的防火墙规则</translation>
    </message>
    <message>
        <source>Database %1 copied from %2 (createdb --template: production stops for the copy)</source>
        <translation>从 %2 复制数据库 %1（createdb --template：复制期间生产实例暂停）</translation>
    </message>
    <message>
        <source>Database %1 copied from %2 while production runs, then neutralised</source>
        <translation>在生产实例运行时从 %2 复制数据库 %1，然后进行中和处理</translation>
    </message>
    <message>
        <source>Filestore %1 as hard links to production&apos;s</source>
        <translation>文件存储 %1（指向生产文件的硬链接）</translation>
    </message>
    <message>
        <source>Staging service %1 running on port %2</source>
        <translation>预发布服务 %1 在端口 %2 上运行</translation>
    </message>
    <message>
        <source>nginx site %1 (%2)</source>
        <translation>nginx 站点 %1（%2）</translation>
    </message>
    <message>
        <source>nginx serves the staging site</source>
        <translation>nginx 提供预发布站点</translation>
    </message>
    <message>
        <source>nginx running with the staging site on port %1</source>
        <translation>nginx 在端口 %1 上运行预发布站点</translation>
    </message>
    <message>
        <source>Staging copy removed: service %1, its site, database %2 and folders</source>
        <translation>已删除预发布副本：服务 %1、其站点、数据库 %2 及各目录</translation>
    </message>
    <message>
        <source>Firewall, when on, lets in port %1 (the staging site)</source>
        <translation>防火墙开启时放行端口 %1（预发布站点）</translation>
    </message>
    <message>
        <source>Port 5432 is already used by another program than PostgreSQL; the app servers reach PostgreSQL there.</source>
        <translation>端口 5432 已被 PostgreSQL 以外的程序占用；应用服务器要通过该端口访问 PostgreSQL。</translation>
    </message>
    <message>
        <source>A profile on several servers is planned one server at a time.</source>
        <translation>多服务器的配置需逐台服务器规划。</translation>
    </message>
    <message>
        <source>PostgreSQL listening on %1, over TLS</source>
        <translation>PostgreSQL 在 %1 上监听，使用 TLS</translation>
    </message>
    <message>
        <source>PostgreSQL lets in only the app servers (%1), over TLS</source>
        <translation>PostgreSQL 只允许应用服务器（%1）通过 TLS 连接</translation>
    </message>
    <message>
        <source>PostgreSQL role %1 with its password from the keychain, not a superuser</source>
        <translation>PostgreSQL 角色 %1，密码来自钥匙串，非超级用户</translation>
    </message>
    <message>
        <source>PostgreSQL from the app servers</source>
        <translation>来自应用服务器的 PostgreSQL</translation>
    </message>
    <message>
        <source>Odoo from the proxy</source>
        <translation>来自代理的 Odoo</translation>
    </message>
    <message>
        <source>HTTP and HTTPS</source>
        <translation>HTTP 和 HTTPS</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Firewall: only %1 come in</source>
        <translation>防火墙：只放行 %1</translation>
    </message>
    <message>
        <source>Install the packages of this server&apos;s roles (%1)</source>
        <translation>安装本服务器角色所需的软件包（%1）</translation>
    </message>
    <message>
        <source>Wait until %1 has initialised the database</source>
        <translation>等待 %1 完成数据库初始化</translation>
    </message>
    <message>
        <source>The NFS filestore is not built yet (it cannot be tested here: this kernel has no NFS server or client); choose &quot;glusterfs&quot; for topology.filestore.</source>
        <translation>NFS 文件存储尚未实现（此处无法测试：该内核没有 NFS 服务端和客户端）；请为 topology.filestore 选择 &quot;glusterfs&quot;。</translation>
    </message>
    <message>
        <source>GlusterFS init script %1</source>
        <translation>GlusterFS 启动脚本 %1</translation>
    </message>
    <message>
        <source>GlusterFS running and enabled</source>
        <translation>GlusterFS 正在运行并已设为开机启动</translation>
    </message>
    <message>
        <source>Shared filestore: GlusterFS volume %1, mountable only by the app servers (%2)</source>
        <translation>共享文件存储：GlusterFS 卷 %1，仅应用服务器（%2）可挂载</translation>
    </message>
    <message>
        <source>Shared filestore %1 mounted at %2</source>
        <translation>共享文件存储 %1 已挂载到 %2</translation>
    </message>
    <message>
        <source>the shared filestore from the app servers</source>
        <translation>来自应用服务器的共享文件存储访问</translation>
    </message>
    <message>
        <source>Firewall, when on, lets in ports %1 (the staging copy) only from the proxy&apos;s address %2</source>
        <translation>防火墙（如已启用）仅允许来自代理地址 %2 的连接访问端口 %1（预发布副本）</translation>
    </message>
    <message>
        <source>Firewall rules for ports %1 (the staging copy) removed</source>
        <translation>已删除端口 %1（预发布副本）的防火墙规则</translation>
    </message>
    <message>
        <source>Ports %1 free for the staging copy</source>
        <translation>端口 %1 空闲，可供预发布副本使用</translation>
    </message>
    <message>
        <source>Database %1 copied from %2 (createdb --template: production cannot reach its database for the copy)</source>
        <translation>从 %2 复制数据库 %1（createdb --template：复制期间生产环境无法访问其数据库）</translation>
    </message>
    <message>
        <source>Filestore %1 copied from production&apos;s shared one</source>
        <translation>从生产环境的共享文件存储复制文件存储 %1</translation>
    </message>
    <message>
        <source>Staging copy&apos;s database %1 dropped</source>
        <translation>已删除预发布副本的数据库 %1</translation>
    </message>
    <message>
        <source>Staging service %1 and its folders removed</source>
        <translation>已删除预发布服务 %1 及其文件夹</translation>
    </message>
    <message>
        <source>Staging copy&apos;s nginx site removed</source>
        <translation>已删除预发布副本的 nginx 站点</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Find out what the server has</source>
        <translation>了解服务器的情况</translation>
    </message>
    <message>
        <source>Check that the login can act as root</source>
        <translation>检查登录用户能否以 root 身份操作</translation>
    </message>
    <message>
        <source>Check for Debian&apos;s package manager</source>
        <translation>检查 Debian 软件包管理器</translation>
    </message>
</context>
<context>
    <name>ProbeOperation</name>
    <message>
        <source>Look at the server</source>
        <translation>查看服务器</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the allowed values.</source>
        <translation>%1：“%2”不是允许的取值。</translation>
    </message>
    <message>
        <source>%1: unknown field ignored.</source>
        <translation>%1：未知字段，已忽略。</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1：应为%2，实际为%3。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>The profile is not valid JSON (%1): %2.</source>
        <translation>配置文件不是有效的 JSON（%1）：%2。</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>配置文件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not an odoo-deploy profile: it has no &quot;schema&quot; number.</source>
        <translation>这不是 odoo-deploy 配置文件：缺少 “schema” 版本号。</translation>
    </message>
    <message>
        <source>The profile uses schema %1, but this odoo-deploy only knows schema %2. Update odoo-deploy to open it.</source>
        <translation>该配置文件使用 schema %1，而当前 odoo-deploy 只支持 schema %2。请升级 odoo-deploy 后再打开。</translation>
    </message>
    <message>
        <source>The profile&apos;s schema %1 is not valid.</source>
        <translation>配置文件的 schema %1 无效。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 太大，不可能是配置文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unknown server</source>
        <translation>未知的服务器</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>信任此密钥</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>不要连接</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>保存在钥匙串中</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved.</source>
        <translation>配置文件“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before closing? A deploy may have recorded the certificate&apos;s fingerprint, which the health check needs.</source>
        <translation>关闭前保存吗？部署可能记录了证书指纹，健康检查需要用到它。</translation>
    </message>
</context>
<context>
    <name>RemoveStagingOperation</name>
    <message>
        <source>Remove the staging copy</source>
        <translation>删除预发布副本</translation>
    </message>
    <message>
        <source>What removing the staging copy would do</source>
        <translation>删除预发布副本将会做什么</translation>
    </message>
</context>
<context>
    <name>RestoreOperation</name>
    <message>
        <source>&quot;%1&quot; is not the name of a backup folder (such as 20261127T154500Z-0123456789ab).</source>
        <translation>“%1”不是备份目录的名称（例如 20261127T154500Z-0123456789ab）。</translation>
    </message>
    <message>
        <source>What restoring would do</source>
        <translation>恢复将会做什么</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>RollbackOperation</name>
    <message>
        <source>What a rollback would do</source>
        <translation>回滚会做什么</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
</context>
<context>
    <name>RollbackPoint</name>
    <message>
        <source>The journal knows of no update or module upgrade with a backup before it: nothing to roll back to.</source>
        <translation>日志中没有事先做过备份的更新或模块升级：没有可回滚的目标。</translation>
    </message>
    <message>
        <source>Rolled back already (%1): %2; nothing to do.</source>
        <translation>已经回滚过（%1）：%2；无需操作。</translation>
    </message>
    <message>
        <source>The journal&apos;s entry of %1 names no usable backup and commit.</source>
        <translation>日志中 %1 的条目没有可用的备份和提交。</translation>
    </message>
    <message>
        <source>the module upgrade of %1</source>
        <translation>%1 的模块升级</translation>
    </message>
    <message>
        <source>the update of %1</source>
        <translation>%1 的更新</translation>
    </message>
</context>
<context>
    <name>RunLogFile</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>无法创建日志文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>无法写入日志文件 %1：%2</translation>
    </message>
    <message>
        <source>[This file keeps no more output: it reached %1 MiB.]</source>
        <translation>[此文件不再记录输出：已达到 %1 MiB。]</translation>
    </message>
    <message>
        <source>This file stops at %1 MiB: %2 more bytes of output were not kept.</source>
        <translation>此文件止于 %1 MiB：另有 %2 字节的输出未保存。</translation>
    </message>
</context>
<context>
    <name>ServiceSwitchOperation</name>
    <message>
        <source>Start Odoo again</source>
        <translation>再次启动 Odoo</translation>
    </message>
    <message>
        <source>Stop Odoo</source>
        <translation>停止 Odoo</translation>
    </message>
</context>
<context>
    <name>SftpDownload</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Cannot start %1 through sudo: %2</source>
        <translation>无法通过 sudo 启动 %1：%2</translation>
    </message>
    <message>
        <source>Cannot send the sudo password: %1</source>
        <translation>无法发送 sudo 密码：%1</translation>
    </message>
    <message>
        <source>Cannot start SFTP: %1</source>
        <translation>无法启动 SFTP：%1</translation>
    </message>
    <message>
        <source>Cannot list %1 on the server (SFTP error %2).</source>
        <translation>无法列出服务器上的 %1（SFTP 错误 %2）。</translation>
    </message>
    <message>
        <source>There is no backup in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>Cannot read %1 on the server (SFTP error %2).</source>
        <translation>无法读取服务器上的 %1（SFTP 错误 %2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1 on the server (SFTP error %2).</source>
        <translation>无法打开服务器上的 %1（SFTP 错误 %2）。</translation>
    </message>
    <message>
        <source>Cannot seek in %1 on the server.</source>
        <translation>无法在服务器上的 %1 中定位。</translation>
    </message>
    <message>
        <source>Reading %1 on the server failed (SFTP error %2).</source>
        <translation>读取服务器上的 %1 失败（SFTP 错误 %2）。</translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes; did it change on the server?</source>
        <translation>%1 在 %3 字节中的第 %2 字节处结束；它在服务器上被修改了吗？</translation>
    </message>
    <message>
        <source>Cancelled; %1 keeps what arrived, the next download goes on from there.</source>
        <translation>已取消；%1 保留已收到的内容，下次下载将从那里继续。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>%1: there already (%2 MiB)</source>
        <translation>%1：已存在（%2 MiB）</translation>
    </message>
    <message>
        <source>%1: %2 MiB, resumed after %3 MiB</source>
        <translation>%1：%2 MiB，从 %3 MiB 处续传</translation>
    </message>
    <message>
        <source>%1: %2 MiB</source>
        <translation>%1：%2 MiB</translation>
    </message>
    <message>
        <source>checksums verified (%1)</source>
        <translation>校验和已验证（%1）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The checksums in %1 do not match %2; removed, the next download fetches them again.</source>
        <translation>%1 中的校验和与 %2 不符；已删除，下次下载会重新获取。</translation>
    </message>
    <message>
        <source>%1 names no file.</source>
        <translation>%1 未列出任何文件。</translation>
    </message>
    <message>
        <source>sudo needs a password for this login.</source>
        <translation>此登录用户使用 sudo 需要密码。</translation>
    </message>
    <message>
        <source>sudo did not accept the password.</source>
        <translation>sudo 不接受该密码。</translation>
    </message>
    <message>
        <source>%1 did not start through sudo within %2 s.</source>
        <translation>%1 未能在 %2 秒内通过 sudo 启动。</translation>
    </message>
    <message>
        <source>%1 did not start through sudo: %2</source>
        <translation>%1 未能通过 sudo 启动：%2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 s (%4).</source>
        <translation>%1 在 %3 秒内没有在端口 %2 上应答（%4）。</translation>
    </message>
    <message>
        <source>Cannot reach %1 on port %2: %3.</source>
        <translation>无法连接到 %1 的端口 %2：%3。</translation>
    </message>
    <message>
        <source>The server sent no host key</source>
        <translation>服务器没有发送主机密钥</translation>
    </message>
    <message>
        <source>Cannot hash the host key</source>
        <translation>无法计算主机密钥的哈希</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one recorded in %2. Someone may be intercepting the connection, or the server was reinstalled. Nothing was run. If the change is expected, remove the old entry with &quot;ssh-keygen -R %3&quot; after checking the new fingerprint (%4 %5) with the server&apos;s administrator.</source>
        <translation>%1 的主机密钥与 %2 中记录的不一致。可能有人在拦截连接，或者服务器被重装过。没有执行任何操作。如果这一变化在预期之中，请先与服务器管理员核对新的指纹（%4 %5），再用 “ssh-keygen -R %3” 删除旧记录。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 is not in %2 yet. Its %3 host key has the fingerprint %4. Accept it only if it matches what the server&apos;s console shows (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).</source>
        <translation>%1 尚未记录在 %2 中。它的 %3 主机密钥指纹为 %4。只有当它与服务器控制台上显示的指纹一致时才接受（ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub）。</translation>
    </message>
    <message>
        <source>Cannot check %1</source>
        <translation>无法检查 %1</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set). Start one and add your key with ssh-add, or choose a key file.</source>
        <translation>没有运行中的 SSH 代理（未设置 SSH_AUTH_SOCK）。请启动代理并用 ssh-add 添加密钥，或改用密钥文件。</translation>
    </message>
    <message>
        <source>The server accepted none of the SSH agent&apos;s keys for %1.</source>
        <translation>服务器不接受 SSH 代理中的任何密钥登录 %1。</translation>
    </message>
    <message>
        <source>The server accepted none of the default keys in %1 for %2.</source>
        <translation>服务器不接受 %1 中的任何默认密钥登录 %2。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase.</source>
        <translation>密钥 %1 受口令保护。</translation>
    </message>
    <message>
        <source>Cannot read the key %1: wrong passphrase, or not a private key.</source>
        <translation>无法读取密钥 %1：口令错误，或者它不是私钥。</translation>
    </message>
    <message>
        <source>The server refused the key %1 for %2.</source>
        <translation>服务器拒绝用密钥 %1 登录 %2。</translation>
    </message>
    <message>
        <source>The password for %1@%2 is needed.</source>
        <translation>需要 %1@%2 的密码。</translation>
    </message>
    <message>
        <source>The server does not accept passwords; use a key.</source>
        <translation>服务器不接受密码登录；请使用密钥。</translation>
    </message>
    <message>
        <source>Wrong password for %1@%2.</source>
        <translation>%1@%2 的密码错误。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>无法打开通道</translation>
    </message>
    <message>
        <source>Cannot start the command</source>
        <translation>无法启动命令</translation>
    </message>
    <message>
        <source>Cannot send input</source>
        <translation>无法发送输入</translation>
    </message>
    <message>
        <source>The connection was lost while the command ran</source>
        <translation>命令运行期间连接中断</translation>
    </message>
    <message>
        <source>%1 answered on port %2, then said nothing more for %3 s of the SSH handshake (%4).</source>
        <translation>%1 在端口 %2 上作了应答，但随后在 SSH 握手中 %3 秒没有任何回应（%4）。</translation>
    </message>
    <message>
        <source>%1 answered on port %2 but broke off the SSH handshake (%3).</source>
        <translation>%1 在端口 %2 上作了应答，但中断了 SSH 握手（%3）。</translation>
    </message>
    <message>
        <source>%1 accepted a connection on port %2 but does not speak SSH (%3).</source>
        <translation>%1 在端口 %2 上接受了连接，但它不是 SSH 服务（%3）。</translation>
    </message>
    <message>
        <source>The connection was lost before the command started</source>
        <translation>命令启动前连接已断开</translation>
    </message>
    <message>
        <source>The connection was lost while the input was sent</source>
        <translation>发送输入时连接已断开</translation>
    </message>
</context>
<context>
    <name>StagingOperation</name>
    <message>
        <source>Odoo is not deployed on %1 yet: deploy production first.</source>
        <translation>%1 上尚未部署 Odoo：请先部署生产实例。</translation>
    </message>
    <message>
        <source>The staging copy answers on %1, production&apos;s name: a browser shares the login cookie between the two, so logging in to one logs you out of the other. Give the copy a name of its own to avoid that.</source>
        <translation>预发布副本使用生产实例的名称，地址为 %1：浏览器会在两者之间共用登录 Cookie，登录其中一个就会退出另一个。为副本设置独立的名称即可避免。</translation>
    </message>
    <message>
        <source>Staging copy</source>
        <translation>预发布副本</translation>
    </message>
    <message>
        <source>What a staging copy would do</source>
        <translation>创建预发布副本将会做什么</translation>
    </message>
</context>
<context>
    <name>StagingProfile</name>
    <message>
        <source>The copy&apos;s service would be called &quot;%1&quot;, longer than 32 characters; choose a shorter service name.</source>
        <translation>副本的服务名将是“%1”，超过 32 个字符；请选择更短的服务名。</translation>
    </message>
    <message>
        <source>The copy&apos;s database must not be production&apos;s database %1.</source>
        <translation>副本的数据库不能是生产数据库 %1。</translation>
    </message>
    <message>
        <source>The copy&apos;s database: %1 Give it a name in the staging settings.</source>
        <translation>副本的数据库：%1 请在预发布设置中为其命名。</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>Cannot read the deployment state %1: %2.</source>
        <translation>无法读取部署状态 %1：%2。</translation>
    </message>
    <message>
        <source>The deployment state %1 is damaged (%2); it is left as it is.</source>
        <translation>部署状态 %1 已损坏（%2）；保持原样不动。</translation>
    </message>
    <message>
        <source>The deployment state %1 was written by a newer odoo-deploy.</source>
        <translation>部署状态 %1 由更新版本的 odoo-deploy 写入。</translation>
    </message>
    <message>
        <source>Cannot save the deployment state %1: %2.</source>
        <translation>无法保存部署状态 %1：%2。</translation>
    </message>
</context>
<context>
    <name>TopologyMaintenance</name>
    <message>
        <source>Update the app server %1 (after a backup)? It is the only one: the site pauses while Odoo restarts.</source>
        <translation>更新应用服务器 %1（先做备份）？它是唯一的一台：Odoo 重启期间站点会暂停。</translation>
    </message>
    <message>
        <source>Update the app servers that have something new one at a time (%1), each out of the proxy while it updates? Before the first update, %2 backs up the database and the filestore.</source>
        <translation>逐台更新有新内容的应用服务器（%1），每台在更新期间从代理中移出？在第一次更新之前，%2 会备份数据库和文件存储。</translation>
    </message>
    <message>
        <source>Back up the database and the filestore on %1?</source>
        <translation>在 %1 上备份数据库和文件存储？</translation>
    </message>
    <message>
        <source>%1 on %2? Odoo stops meanwhile.</source>
        <translation>在 %2 上%1？期间 Odoo 会停止。</translation>
    </message>
    <message>
        <source>%1 on %2, with %3 stopped meanwhile? The site does not answer until it is done.</source>
        <translation>在 %2 上%1，期间停止 %3？完成之前站点不会响应。</translation>
    </message>
    <message>
        <source>Upgrade the modules %1 (after a backup)</source>
        <translation>升级模块 %1（先备份）</translation>
    </message>
    <message>
        <source>Restore the backup %1 into the database and the filestore (keeping them as they are now)</source>
        <translation>将备份 %1 恢复到数据库和文件存储（保留它们当前的状态）</translation>
    </message>
    <message>
        <source>Roll back %1: every app server to commit %2, the database and the filestore to the backup %3</source>
        <translation>回滚%1：每台应用服务器回到提交 %2，数据库和文件存储回到备份 %3</translation>
    </message>
    <message>
        <source>Make a staging copy of %1: its database copied on %2, its Odoo on %3, its site %4 on %5?</source>
        <translation>为 %1 制作预发布副本：在 %2 上复制其数据库，在 %3 上运行其 Odoo，在 %5 上提供其站点 %4？</translation>
    </message>
    <message>
        <source>Remove the staging copy (its site, its service and folders, its database %1) from %2?</source>
        <translation>从 %2 删除预发布副本（其站点、服务和文件夹、数据库 %1）？</translation>
    </message>
</context>
<context>
    <name>UpdateOperation</name>
    <message>
        <source>What an update would change</source>
        <translation>更新会改变什么</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>UpgradeOperation</name>
    <message>
        <source>What a module upgrade would do</source>
        <translation>模块升级会做什么</translation>
    </message>
    <message>
        <source>Upgrade modules</source>
        <translation>升级模块</translation>
    </message>
</context>
<context>
    <name>UpstreamsOperation</name>
    <message>
        <source>The proxy&apos;s app servers</source>
        <translation>代理的应用服务器</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Must not contain line breaks, tabs or other control characters.</source>
        <translation>不能包含换行符、制表符或其他控制字符。</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>长度不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Write an IPv6 address without brackets, for example 2001:db8::10.</source>
        <translation>IPv6 地址请不要加方括号，例如 2001:db8::10。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>“%1”不是有效的 IPv4 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, &apos;-&apos; and &apos;.&apos;, each part at most 63 characters.</source>
        <translation>“%1”不是有效的主机名：只能使用字母、数字、“-”和“.”，每一段最多 63 个字符。</translation>
    </message>
    <message>
        <source>Enter the domain name the site is reached at, for example erp.example.com.</source>
        <translation>请输入访问站点所用的域名，例如 erp.example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: use letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>“%1”不是有效的域名：只能使用字母、数字、“-”和“.”。</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt only issues certificates for public domain names; &quot;%1&quot; is not one. Choose a self-signed certificate instead.</source>
        <translation>Let&apos;s Encrypt 只为公网域名签发证书，“%1”不是公网域名。请改用自签名证书。</translation>
    </message>
    <message>
        <source>Port must be between %1 and 65535.</source>
        <translation>端口必须在 %1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter the user name to log in with.</source>
        <translation>请输入登录用户名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid login name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, at most 32 characters.</source>
        <translation>“%1”不是有效的登录名：只能使用字母、数字、“_”、“.”和“-”，最多 32 个字符。</translation>
    </message>
    <message>
        <source>The system user must start with a lower-case letter or &apos;_&apos; and contain only lower-case letters, digits, &apos;_&apos; and &apos;-&apos; (at most 32).</source>
        <translation>系统用户必须以小写字母或“_”开头，只能包含小写字母、数字、“_”和“-”（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a system account; Odoo needs a dedicated user such as &quot;odoo&quot;.</source>
        <translation>“%1”是系统账户；Odoo 需要一个专用用户，例如 “odoo”。</translation>
    </message>
    <message>
        <source>Enter a database name.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database name: use 2 to 63 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>“%1”不是有效的数据库名称：请使用 2 到 63 个字母、数字、“_”、“.”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by PostgreSQL.</source>
        <translation>“%1”是 PostgreSQL 的保留名称。</translation>
    </message>
    <message>
        <source>The database filter must be a regular expression of at most 200 visible ASCII characters, without spaces.</source>
        <translation>数据库过滤器必须是不超过 200 个可见 ASCII 字符、且不含空格的正则表达式。</translation>
    </message>
    <message>
        <source>The database filter is not a valid regular expression: %1.</source>
        <translation>数据库过滤器不是有效的正则表达式：%1。</translation>
    </message>
    <message>
        <source>Enter the git URL of the Odoo source.</source>
        <translation>请输入 Odoo 源代码的 git 地址。</translation>
    </message>
    <message>
        <source>The git URL must not contain spaces or non-ASCII characters.</source>
        <translation>git 地址不能包含空格或非 ASCII 字符。</translation>
    </message>
    <message>
        <source>Use an https://, ssh://, git:// or file:/// URL, or user@host:path.</source>
        <translation>请使用 https://、ssh://、git:// 或 file:/// 地址，或 user@host:path 形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid branch or tag name.</source>
        <translation>“%1”不是有效的分支或标签名称。</translation>
    </message>
    <message>
        <source>The install folder must be an absolute path, for example /opt/odoo.</source>
        <translation>安装目录必须是绝对路径，例如 /opt/odoo。</translation>
    </message>
    <message>
        <source>The install folder may contain only letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;, without &apos;..&apos; or a trailing &apos;/&apos;.</source>
        <translation>安装目录只能包含字母、数字、“_”、“.”、“-”和“/”，不能含有“..”，也不能以“/”结尾。</translation>
    </message>
    <message>
        <source>%1 is a system folder; use a folder of its own such as /opt/odoo.</source>
        <translation>%1 是系统目录；请使用独立的目录，例如 /opt/odoo。</translation>
    </message>
    <message>
        <source>The service name must start with a lower-case letter and contain only lower-case letters, digits, &apos;_&apos; and &apos;-&apos; (at most 32).</source>
        <translation>服务名称必须以小写字母开头，只能包含小写字母、数字、“_”和“-”（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by the system; choose another service name.</source>
        <translation>“%1”已被系统占用，请换一个服务名称。</translation>
    </message>
    <message>
        <source>Write the jump host as [user@]host[:port].</source>
        <translation>跳板机请写成 [用户@]主机[:端口] 的形式。</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not a valid host name or address.</source>
        <translation>跳板机“%1”不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>The jump host port must be between 1 and 65535.</source>
        <translation>跳板机端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address for the Let&apos;s Encrypt account.</source>
        <translation>请为 Let&apos;s Encrypt 账户输入有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择一个文件。</translation>
    </message>
    <message>
        <source>Give the deployment a name.</source>
        <translation>请为此部署命名。</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 300 seconds.</source>
        <translation>连接超时必须在 1 到 300 秒之间。</translation>
    </message>
    <message>
        <source>Odoo version &quot;%1&quot; is not supported; choose one of %2.</source>
        <translation>不支持 Odoo 版本“%1”；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The long polling / websocket port must differ from the HTTP port.</source>
        <translation>长轮询 / websocket 端口必须与 HTTP 端口不同。</translation>
    </message>
    <message>
        <source>No master password yet: press Generate, or run &quot;odoo-deploy master-password --profile FILE&quot;.</source>
        <translation>尚未设置主密码：请点击“生成”，或运行 “odoo-deploy master-password --profile 文件”。</translation>
    </message>
    <message>
        <source>The master password hash is not a $pbkdf2-sha512$ hash; generate a new one.</source>
        <translation>主密码哈希不是 $pbkdf2-sha512$ 格式；请重新生成。</translation>
    </message>
    <message>
        <source>Workers must be between 0 (threaded mode) and %1.</source>
        <translation>工作进程数必须在 0（多线程模式）到 %1 之间。</translation>
    </message>
    <message>
        <source>Cron threads must be between 0 and 16.</source>
        <translation>定时任务线程数必须在 0 到 16 之间。</translation>
    </message>
    <message>
        <source>The soft memory limit must be between 64 MiB and 64 GiB.</source>
        <translation>内存软限制必须在 64 MiB 到 64 GiB 之间。</translation>
    </message>
    <message>
        <source>The hard memory limit must be above the soft limit and at most 64 GiB.</source>
        <translation>内存硬限制必须大于软限制，且不超过 64 GiB。</translation>
    </message>
    <message>
        <source>The CPU time limit must be between 1 and 86400 seconds.</source>
        <translation>CPU 时间限制必须在 1 到 86400 秒之间。</translation>
    </message>
    <message>
        <source>The real time limit must be at least the CPU time limit and at most 86400 seconds.</source>
        <translation>实际时间限制不能小于 CPU 时间限制，且不超过 86400 秒。</translation>
    </message>
    <message>
        <source>The request limit must be between 1 and 1000000.</source>
        <translation>请求数限制必须在 1 到 1000000 之间。</translation>
    </message>
    <message>
        <source>HSTS needs HTTPS: choose a certificate or turn HSTS off.</source>
        <translation>HSTS 需要 HTTPS：请选择证书，或关闭 HSTS。</translation>
    </message>
    <message>
        <source>The wkhtmltopdf package must be an http(s) URL of a .deb file, without spaces.</source>
        <translation>wkhtmltopdf 软件包必须是指向 .deb 文件的 http(s) 地址，且不含空格。</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256 fingerprint as openssl prints it (AB:CD:… in 32 pairs).</source>
        <translation>证书指纹必须是 openssl 输出格式的 SHA-256 指纹（AB:CD:…，共 32 组）。</translation>
    </message>
    <message>
        <source>The ACME server must be the https:// URL of its directory, without spaces.</source>
        <translation>ACME 服务器必须是其目录的 https:// 地址，且不含空格。</translation>
    </message>
    <message>
        <source>certbot asks for certificates for domain names only, not for an address.</source>
        <translation>certbot 只为域名申请证书，不能为 IP 地址申请。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 backups on the server.</source>
        <translation>服务器上保留的备份数量应在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Give the time of the daily backup as HH:MM, 24-hour clock (such as 03:30).</source>
        <translation>请以 HH:MM（24 小时制，例如 03:30）给出每日备份的时间。</translation>
    </message>
    <message>
        <source>The staging copy needs a database of its own, not production&apos;s.</source>
        <translation>预发布副本需要独立的数据库，不能使用生产数据库。</translation>
    </message>
    <message>
        <source>The staging copy&apos;s long polling / websocket port must differ from its HTTP port.</source>
        <translation>预发布副本的长轮询 / websocket 端口必须与其 HTTP 端口不同。</translation>
    </message>
    <message>
        <source>Port %1 is production&apos;s; the staging copy needs ports of its own.</source>
        <translation>端口 %1 属于生产实例；预发布副本需要独立的端口。</translation>
    </message>
    <message>
        <source>The staging copy&apos;s name must differ from production&apos;s; leave it empty to use a port instead.</source>
        <translation>预发布副本的名称必须与生产实例不同；留空则改用端口。</translation>
    </message>
    <message>
        <source>Port %1 is already used by the deployment; choose another port for the staging site.</source>
        <translation>端口 %1 已被该部署使用；请为预发布站点选择其他端口。</translation>
    </message>
    <message>
        <source>The git URL must be at most 500 characters long.</source>
        <translation>git URL 最长 500 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host key fingerprint as odoo-deploy shows it (SHA256: and 43 more characters).</source>
        <translation>“%1”不是 odoo-deploy 所显示格式的主机密钥指纹（SHA256: 加 43 个字符）。</translation>
    </message>
    <message>
        <source>The keychain id must be a UUID as odoo-deploy writes it (such as 0b8a6f3e-5d1c-4c2a-9e7f-1a2b3c4d5e6f); it names this deployment&apos;s keychain entries and journal.</source>
        <translation>密钥链 ID 必须是 odoo-deploy 写入的 UUID（例如 0b8a6f3e-5d1c-4c2a-9e7f-1a2b3c4d5e6f）；它用于命名此部署的密钥链条目和日志。</translation>
    </message>
    <message>
        <source>Give the server a short name (such as db or app1).</source>
        <translation>请为服务器起一个简短的名称（例如 db 或 app1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name: use up to 31 lowercase letters, digits and &apos;-&apos;, starting with a letter (such as app1).</source>
        <translation>“%1”不是有效的服务器名称：最多 31 个小写字母、数字和“-”，并以字母开头（例如 app1）。</translation>
    </message>
    <message>
        <source>A deployment on several servers needs the profile&apos;s new form (schema 2); save it in the new form first.</source>
        <translation>多台服务器的部署需要新格式的配置文件（schema 2）；请先以新格式保存。</translation>
    </message>
    <message>
        <source>At most %1 servers.</source>
        <translation>最多 %1 台服务器。</translation>
    </message>
    <message>
        <source>Another server is already named &quot;%1&quot;.</source>
        <translation>已有另一台服务器名为“%1”。</translation>
    </message>
    <message>
        <source>Give the server at least one role: database, app, proxy or files.</source>
        <translation>请为服务器至少指定一个角色：database（数据库）、app（应用）、proxy（代理）或 files（文件存储）。</translation>
    </message>
    <message>
        <source>One server can hold the database and the shared filestore, or an app server and the proxy; not %1 together.</source>
        <translation>一台服务器可以同时承担数据库和共享文件存储，或应用服务器和代理；不能同时承担 %1。</translation>
    </message>
    <message>
        <source>Another server has the address %1.</source>
        <translation>已有另一台服务器使用地址 %1。</translation>
    </message>
    <message>
        <source>Another server is reached at %1 port %2 already; give one server all of its roles instead.</source>
        <translation>已有另一台服务器通过 %1 的端口 %2 访问；请改为把所有角色交给同一台服务器。</translation>
    </message>
    <message>
        <source>One server must hold the database.</source>
        <translation>必须有一台服务器承担数据库。</translation>
    </message>
    <message>
        <source>At least one server must be an app server (Odoo).</source>
        <translation>至少要有一台应用服务器（Odoo）。</translation>
    </message>
    <message>
        <source>One server must be the proxy (nginx, HTTPS).</source>
        <translation>必须有一台服务器作为代理（nginx、HTTPS）。</translation>
    </message>
    <message>
        <source>Only one server can have the role %1; %2 have it.</source>
        <translation>只能有一台服务器承担角色 %1；现在有 %2 台。</translation>
    </message>
    <message>
        <source>Two or more app servers need the shared filestore: give one server the role files.</source>
        <translation>两台或更多应用服务器需要共享文件存储：请为一台服务器指定角色 files。</translation>
    </message>
    <message>
        <source>Give the address the other servers reach this one at (such as 10.0.0.12).</source>
        <translation>请填写其他服务器访问这台服务器所用的地址（例如 10.0.0.12）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; the database and the firewalls allow servers by address, so give one (such as 10.0.0.12).</source>
        <translation>“%1”不是 IP 地址；数据库和防火墙按地址放行服务器，请填写 IP 地址（例如 10.0.0.12）。</translation>
    </message>
    <message>
        <source>The profile&apos;s schema %1 is not valid.</source>
        <translation>配置文件的 schema %1 无效。</translation>
    </message>
</context>
<context>
    <name>WorkerSizing</name>
    <message>
        <source>%1 MiB of RAM is too little for prefork workers (each needs about %2 MiB): Odoo runs in threaded mode.</source>
        <translation>%1 MiB 内存不足以运行多进程工作模式（每个进程约需 %2 MiB）：Odoo 将以多线程模式运行。</translation>
    </message>
    <message>
        <source>Workers: %1, because RAM allows %2 processes of about %3 MiB (2 × %4 CPU + 1 would be %5).</source>
        <translation>工作进程：%1，因为内存只够运行 %2 个约 %3 MiB 的进程（按 2 × %4 个 CPU + 1 应为 %5）。</translation>
    </message>
    <message>
        <source>Workers: %1 (2 × %2 CPU + 1, at most %3); RAM allows up to %4 processes.</source>
        <translation>工作进程：%1（2 × %2 个 CPU + 1，最多 %3）；内存最多可容纳 %4 个进程。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Write every generated file for a profile into a folder.</source>
        <translation>将配置文件生成的所有文件写入一个目录。</translation>
    </message>
    <message>
        <source>Check a profile and list every invalid field.</source>
        <translation>检查配置文件并列出所有无效字段。</translation>
    </message>
    <message>
        <source>Generate a new Odoo master password and store its hash in the profile.</source>
        <translation>生成新的 Odoo 主密码，并将其哈希保存到配置文件中。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Missing --profile FILE.</source>
        <translation>缺少 --profile 文件。</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>Generates a new Odoo master password, stores only its PBKDF2 hash in the profile and prints the password once on standard output. With --disable, nobody learns the password and nginx blocks the database manager.</source>
        <translation>生成新的 Odoo 主密码，配置文件中只保存其 PBKDF2 哈希，密码本身只在标准输出打印一次。使用 --disable 时，任何人都不会知道该密码，且 nginx 会屏蔽数据库管理器。</translation>
    </message>
    <message>
        <source>The profile to update.</source>
        <translation>要更新的配置文件。</translation>
    </message>
    <message>
        <source>Disable the database manager instead.</source>
        <translation>改为禁用数据库管理器。</translation>
    </message>
    <message>
        <source>Database manager disabled; the master password is unknown to anyone.</source>
        <translation>数据库管理器已禁用；没有人知道主密码。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建目录。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Writes every file the deployment would put on the server into DIR, at the same paths (DIR/etc/odoo/odoo.conf, ...), commands into DIR/commands/, and a MANIFEST with owner, group and mode of each.</source>
        <translation>将部署会写到服务器上的所有文件按相同路径写入 DIR（DIR/etc/odoo/odoo.conf 等），命令写入 DIR/commands/，并生成记录各文件属主、属组和权限的 MANIFEST。</translation>
    </message>
    <message>
        <source>The profile to render.</source>
        <translation>要生成文件的配置文件。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>写入的目标目录。</translation>
    </message>
    <message>
        <source>Host facts from &quot;odoo-deploy probe&quot; (JSON).</source>
        <translation>来自 “odoo-deploy probe” 的主机信息（JSON）。</translation>
    </message>
    <message>
        <source>Missing --out DIR.</source>
        <translation>缺少 --out 目录。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Checks a profile; prints one line per invalid field.</source>
        <translation>检查配置文件；每个无效字段输出一行。</translation>
    </message>
    <message>
        <source>The profile to check.</source>
        <translation>要检查的配置文件。</translation>
    </message>
    <message>
        <source>%1: valid.</source>
        <translation>%1：有效。</translation>
    </message>
    <message>
        <source>Connect to the server and print what it has, as JSON.</source>
        <translation>连接服务器并以 JSON 格式输出其情况。</translation>
    </message>
    <message>
        <source>Run one command on the server and stream its output.</source>
        <translation>在服务器上运行一条命令并实时输出结果。</translation>
    </message>
    <message>
        <source>
Run &quot;odoo-deploy COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 done, 1 usage error, 2 invalid profile, 3 file error, 255 could not connect.
</source>
        <translation>
运行 “odoo-deploy 命令 --help” 查看该命令的选项。
退出码：0 完成，1 用法错误，2 配置文件无效，3 文件错误，255 无法连接。
</translation>
    </message>
    <message>
        <source>Runs one command on the profile&apos;s server with the deployment engine and streams its output. One argument after -- is a shell command line; several are quoted as words. Exits with the remote exit status (255: could not connect, 130: cancelled). Secrets come from ODOO_DEPLOY_SSH_PASSWORD, ODOO_DEPLOY_KEY_PASSPHRASE and ODOO_DEPLOY_SUDO_PASSWORD, or a prompt on a terminal.</source>
        <translation>用部署引擎在配置文件指定的服务器上运行一条命令，并实时输出结果。-- 之后若只有一个参数，则作为 shell 命令行；若有多个，则逐个加引号作为参数。退出码与远程命令相同（255：无法连接，130：已取消）。密码和口令取自 ODOO_DEPLOY_SSH_PASSWORD、ODOO_DEPLOY_KEY_PASSPHRASE 和 ODOO_DEPLOY_SUDO_PASSWORD，或在终端中提示输入。</translation>
    </message>
    <message>
        <source>The profile whose server to use.</source>
        <translation>使用其中服务器的配置文件。</translation>
    </message>
    <message>
        <source>Run as root (through sudo unless the login is root).</source>
        <translation>以 root 身份运行（登录用户不是 root 时通过 sudo）。</translation>
    </message>
    <message>
        <source>Stop the command after SECONDS.</source>
        <translation>在指定秒数后停止命令。</translation>
    </message>
    <message>
        <source>The remote command.</source>
        <translation>远程命令。</translation>
    </message>
    <message>
        <source>Missing the command: odoo-deploy exec --profile FILE -- CMD</source>
        <translation>缺少命令：odoo-deploy exec --profile 文件 -- 命令</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Connects to the profile&apos;s server, changes nothing, and prints what it found as JSON (OS, init system, CPUs, RAM, free disk, Python, PostgreSQL, nginx, an existing Odoo, listening ports). The output can be given to &quot;render --facts&quot;.</source>
        <translation>连接配置文件中的服务器，不做任何修改，以 JSON 格式输出检测结果（操作系统、启动系统、CPU、内存、可用磁盘、Python、PostgreSQL、nginx、已有的 Odoo、监听端口）。输出可以传给 “render --facts”。</translation>
    </message>
    <message>
        <source>The profile whose server to probe.</source>
        <translation>要检测其服务器的配置文件。</translation>
    </message>
    <message>
        <source>Accept this host key and remember it? Type &quot;yes&quot; to accept: </source>
        <translation>接受并记住此主机密钥吗？输入 “yes” 表示接受：</translation>
    </message>
    <message>
        <source>To accept it without a terminal: --accept-host-key %1</source>
        <translation>在没有终端的情况下接受它：--accept-host-key %1</translation>
    </message>
    <message>
        <source>Deploy the profile onto its server (--check: only show what would change).</source>
        <translation>将配置文件部署到其服务器（--check：只显示将会更改的内容）。</translation>
    </message>
    <message>
        <source>Deploys the profile onto its server: probes it, refuses what cannot work, then runs every step (each checks first and changes only what is not already so; replaced files are backed up). --check runs only the checks and shows what would change. Exit codes: 0 done, 4 refused before any change, 5 a step failed, 255 could not connect.</source>
        <translation>将配置文件部署到其服务器：先检测服务器，拒绝无法实现的部署，然后依次执行各步骤（每一步先检查，只更改尚未达到目标状态的部分；被替换的文件会先备份）。--check 只执行检查并显示将会更改的内容。退出码：0 完成，4 在任何更改之前被拒绝，5 某一步骤失败，255 无法连接。</translation>
    </message>
    <message>
        <source>The profile to deploy.</source>
        <translation>要部署的配置文件。</translation>
    </message>
    <message>
        <source>Change nothing; report per step what would change, with diffs for files.</source>
        <translation>不做任何更改；逐步报告将会更改的内容，文件则显示差异。</translation>
    </message>
    <message>
        <source>Do not ask before changing the server.</source>
        <translation>更改服务器前不再询问。</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>would change</source>
        <translation>将会更改</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>ok, nothing to change</source>
        <translation>正常，无需更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>check: %1 would change, %2 already as wanted; nothing was changed.</source>
        <translation>检查：%1 项将会更改，%2 项已符合要求；未做任何更改。</translation>
    </message>
    <message>
        <source>deploy: %1 changed, %2 unchanged%3.</source>
        <translation>部署：%1 项已更改，%2 项未更改%3。</translation>
    </message>
    <message>
        <source>; the server was already as wanted</source>
        <translation>；服务器已符合要求</translation>
    </message>
    <message>
        <source>(accept it with --accept-host-key %1)</source>
        <translation>（可用 --accept-host-key %1 接受它）</translation>
    </message>
    <message>
        <source>Checks a deployed server: HTTP, HTTPS and its certificate, the database manager, Odoo and its realtime port (through an SSH tunnel), and the service (over SSH). Exit codes, as monitoring plugins use them: 0 green, 1 yellow (works, needs attention), 2 red (failing), 3 could not check.</source>
        <translation>检查已部署的服务器：HTTP、HTTPS 及其证书、数据库管理器、Odoo 及其实时端口（经 SSH 隧道）以及服务状态（经 SSH）。退出码与监控插件的约定一致：0 绿色，1 黄色（可用，但需注意），2 红色（故障），3 无法检查。</translation>
    </message>
    <message>
        <source>The deployed profile.</source>
        <translation>已部署的配置文件。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Seconds each check may take (default 5).</source>
        <translation>每项检查最多可用的秒数（默认 5）。</translation>
    </message>
    <message>
        <source>Connect to ADDRESS for HTTP and HTTPS instead of the profile&apos;s server (the domain is still sent).</source>
        <translation>HTTP 和 HTTPS 连接到 ADDRESS，而不是配置文件中的服务器（仍然发送域名）。</translation>
    </message>
    <message>
        <source>Check Odoo&apos;s ports directly, without SSH (when they are reachable); no service state.</source>
        <translation>不经 SSH 直接检查 Odoo 的端口（当它们可以访问时）；不检查服务状态。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0.1 and 600.</source>
        <translation>--timeout 必须是 0.1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>Check a deployed server&apos;s health: traffic lights, exit code 0 green, 1 yellow, 2 red.</source>
        <translation>检查已部署服务器的健康状况：信号灯，退出码 0 绿色、1 黄色、2 红色。</translation>
    </message>
    <message>
        <source>Recorded the certificate&apos;s SHA-256 fingerprint in %1; `check` trusts it by that.</source>
        <translation>已将证书的 SHA-256 指纹记录到 %1；`check` 依据它信任该证书。</translation>
    </message>
    <message>
        <source>Could not record the certificate&apos;s fingerprint in %1: %2</source>
        <translation>无法将证书指纹记录到 %1：%2</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM), e.g. a company CA.</source>
        <translation>同时信任 FILE（PEM 格式）中的证书颁发机构，例如公司内部 CA。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>无法从 %1 读取 PEM 证书。</translation>
    </message>
    <message>
        <source>Without a terminal, set ODOO_DEPLOY_SUDO_PASSWORD (or allow this login sudo without a password).</source>
        <translation>没有终端时，请设置 ODOO_DEPLOY_SUDO_PASSWORD（或允许此登录用户免密码使用 sudo）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Without a terminal, set %1.</source>
        <translation>没有终端时，请设置 %1。</translation>
    </message>
    <message>
        <source>Add --yes to go ahead, or --check to see what would change.</source>
        <translation>加上 --yes 以继续，或用 --check 查看将会更改的内容。</translation>
    </message>
    <message>
        <source> Type &quot;yes&quot;: </source>
        <translation> 请输入 &quot;yes&quot;：</translation>
    </message>
    <message>
        <source>Backs up the profile&apos;s database (pg_dump -Fc) and its filestore (tar) into a new folder on the server, /var/backups/odoo-deploy/&lt;service&gt;/&lt;time&gt;-&lt;commit&gt;/, with SHA256SUMS; then keeps only the newest backup.keep backups. Refuses, writing nothing, when the disk has too little room. The journal of the deployment state records it. Exit codes: 0 done, 4 refused before any change, 5 failed, 255 could not connect.</source>
        <translation>将配置文件中的数据库（pg_dump -Fc）及其文件存储（tar）备份到服务器上的新目录 /var/backups/odoo-deploy/&lt;服务&gt;/&lt;时间&gt;-&lt;提交&gt;/，并附带 SHA256SUMS；之后只保留最新的 backup.keep 个备份。磁盘空间不足时拒绝执行，不写入任何内容。部署状态的日志会记录此次备份。退出码：0 完成，4 在任何更改之前被拒绝，5 失败，255 无法连接。</translation>
    </message>
    <message>
        <source>Write nothing; say where the backup would go, how big it would be and how much room there is.</source>
        <translation>不写入任何内容；说明备份将存放在哪里、大小如何以及剩余空间多少。</translation>
    </message>
    <message>
        <source>Do not ask before writing the backup (and removing the oldest).</source>
        <translation>写入备份（并删除最旧的备份）之前不再询问。</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2, commit %3). The journal is in %4.</source>
        <translation>备份已写入：%1（%2，提交 %3）。日志位于 %4。</translation>
    </message>
    <message>
        <source>Back up the database and its files on the server (--check: only say what it would take).</source>
        <translation>在服务器上备份数据库及其文件（--check：只说明需要多少空间）。</translation>
    </message>
    <message>
        <source>Restore a backup into the database and its files (--list: the backups on the server).</source>
        <translation>将备份恢复到数据库及其文件（--list：列出服务器上的备份）。</translation>
    </message>
    <message>
        <source>List the backups on the server (folder, database, commit, size) and change nothing.</source>
        <translation>列出服务器上的备份（目录、数据库、提交、大小），不做任何更改。</translation>
    </message>
    <message>
        <source>The backup folder to restore, as --list shows it, or &quot;latest&quot; (the newest in the journal).</source>
        <translation>要恢复的备份目录（如 --list 所示），或 “latest”（日志中最新的备份）。</translation>
    </message>
    <message>
        <source>Restore it even if it is a backup of a database with another name.</source>
        <translation>即使备份来自名称不同的数据库也进行恢复。</translation>
    </message>
    <message>
        <source>Change nothing; say what would be restored and kept.</source>
        <translation>不做任何更改；说明将恢复和保留哪些内容。</translation>
    </message>
    <message>
        <source>Do not ask before restoring.</source>
        <translation>恢复之前不再询问。</translation>
    </message>
    <message>
        <source>Update Odoo&apos;s code to the newest commit of its branch (or --to a tag or commit), with a backup first.</source>
        <translation>将 Odoo 代码更新到其分支的最新提交（或用 --to 指定标签或提交），先做备份。</translation>
    </message>
    <message>
        <source>Upgrade Odoo modules (-u) in the database, with a backup first.</source>
        <translation>在数据库中升级 Odoo 模块（-u），先做备份。</translation>
    </message>
    <message>
        <source>Go back to the code and data from before the last update or module upgrade.</source>
        <translation>回到上一次更新或模块升级之前的代码和数据。</translation>
    </message>
    <message>
        <source>Health afterwards:</source>
        <translation>之后的健康状态：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done (or nothing to do), 1 not confirmed, 4 refused before any change, 5 failed, 6 done but the health check afterwards is red, 255 could not connect.</source>
        <translation>退出码：0 完成（或无需操作），1 未确认，4 在任何更改前拒绝，5 失败，6 已完成但之后的健康检查为红色，255 无法连接。</translation>
    </message>
    <message>
        <source>Update to this branch, tag or commit instead of the profile&apos;s branch.</source>
        <translation>更新到此分支、标签或提交，而不是配置文件中的分支。</translation>
    </message>
    <message>
        <source>Change nothing; say from which commit to which it would update.</source>
        <translation>不做任何更改；说明会从哪个提交更新到哪个提交。</translation>
    </message>
    <message>
        <source>Do not ask before updating.</source>
        <translation>更新前不询问。</translation>
    </message>
    <message>
        <source>The modules&apos; technical names, separated by commas, or &quot;all&quot;.</source>
        <translation>模块的技术名称，以逗号分隔，或 &quot;all&quot;。</translation>
    </message>
    <message>
        <source>Change nothing; say what it would run.</source>
        <translation>不做任何更改；说明会运行什么。</translation>
    </message>
    <message>
        <source>Do not ask before upgrading.</source>
        <translation>升级前不询问。</translation>
    </message>
    <message>
        <source>Change nothing; say what it would restore.</source>
        <translation>不做任何更改；说明会恢复什么。</translation>
    </message>
    <message>
        <source>Do not ask before rolling back.</source>
        <translation>回滚前不询问。</translation>
    </message>
    <message>
        <source>(journal: %1)</source>
        <translation>（日志：%1）</translation>
    </message>
    <message>
        <source>Rolling back %1: commit %2, backup %3.</source>
        <translation>正在回滚%1：提交 %2，备份 %3。</translation>
    </message>
    <message>
        <source>Remove the staging copy: its service, site, database and folders.</source>
        <translation>删除预发布副本：其服务、站点、数据库和目录。</translation>
    </message>
    <message>
        <source>Change nothing; say what it would do.</source>
        <translation>不做任何更改；只说明将会做什么。</translation>
    </message>
    <message>
        <source>The staging copy: %1</source>
        <translation>预发布副本：%1</translation>
    </message>
    <message>
        <source>Check the profile&apos;s staging copy (made by &quot;staging&quot;) instead of production.</source>
        <translation>检查该配置文件的预发布副本（由“staging”创建）而非生产实例。</translation>
    </message>
    <message>
        <source>Then download the backup into DIR/&lt;backup&gt;/ on this computer (SFTP, resumable, checksums verified).</source>
        <translation>随后将备份下载到本机的 DIR/&lt;备份&gt;/ 中（SFTP，可续传，校验和已验证）。</translation>
    </message>
    <message>
        <source>Downloaded to %1; checksums verified.</source>
        <translation>已下载到 %1；校验和已验证。</translation>
    </message>
    <message>
        <source>Downloads a backup from the server into DIR/&lt;backup&gt;/ over SFTP on the SSH connection (read as root through sudo when the login is not root). Resumable: an interrupted download goes on from where it stopped. The files are checked against the backup&apos;s SHA256SUMS; a file that does not match is removed and the command fails. Changes nothing on the server. Exit codes: 0 done (or there already), 4 refused, 5 failed, 255 could not connect.</source>
        <translation>通过 SSH 连接上的 SFTP 将服务器上的备份下载到 DIR/&lt;备份&gt;/ 中（登录用户不是 root 时通过 sudo 以 root 身份读取）。可续传：中断的下载会从停止处继续。文件会与备份的 SHA256SUMS 核对；不符的文件会被删除，命令失败。不会更改服务器上的任何内容。退出码：0 完成（或已存在），4 被拒绝，5 失败，255 无法连接。</translation>
    </message>
    <message>
        <source>The backup folder, as &quot;restore --list&quot; shows it, or &quot;latest&quot; (the newest in the journal).</source>
        <translation>备份目录（如“restore --list”所示），或“latest”（日志中最新的备份）。</translation>
    </message>
    <message>
        <source>The local folder to download into (default: the current folder).</source>
        <translation>下载到的本地目录（默认：当前目录）。</translation>
    </message>
    <message>
        <source>Which backup? Add --backup NAME (see restore --list) or --backup latest.</source>
        <translation>哪个备份？请添加 --backup 名称（见 restore --list）或 --backup latest。</translation>
    </message>
    <message>
        <source>Download a backup to this computer (SFTP, resumable, checksums verified).</source>
        <translation>将备份下载到本机（SFTP，可续传，校验和已验证）。</translation>
    </message>
    <message>
        <source>The journal (%1) knows of no backup; name one with --backup (see restore --list).</source>
        <translation>日志（%1）中没有任何备份；请用 --backup 指定一个（见 restore --list）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a backup folder (such as 20261127T154500Z-0123456789ab); see restore --list.</source>
        <translation>“%1”不是备份目录的名称（例如 20261127T154500Z-0123456789ab）；见 restore --list。</translation>
    </message>
    <message>
        <source>Usage: odoo-deploy [COMMAND] [OPTIONS]
Without a command, the deployment wizard starts (with --screenshot FILE: it saves a picture
of its first page as FILE and quits).

Commands:
</source>
        <translation>用法：odoo-deploy [命令] [选项]
不带命令时启动部署向导（带 --screenshot 文件：保存其第一页的图片为该文件后退出）。

命令：
</translation>
    </message>
    <message>
        <source>The same with curl:</source>
        <translation>用 curl 做同样的请求：</translation>
    </message>
    <message>
        <source>Only fetch the site&apos;s front page, as the wizard&apos;s Test button does: print what curl -v shows and the curl command that makes the same request (0: an answer came, 2: none).</source>
        <translation>只获取站点首页，与向导的“测试”按钮相同：打印 curl -v 显示的内容，以及发出同样请求的 curl 命令（0：收到应答，2：没有应答）。</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 86400.</source>
        <translation>--timeout 必须是 1 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>The whole log of this run: %1</source>
        <translation>本次运行的完整日志：%1</translation>
    </message>
    <message>
        <source>check: %1 would change, %2 already as wanted on %3 servers; nothing was changed.</source>
        <translation>检查：%3 台服务器上有 %1 项将会更改，%2 项已符合要求；未做任何更改。</translation>
    </message>
    <message>
        <source>deploy: %1 changed, %2 unchanged on %3 servers%4.</source>
        <translation>部署：%3 台服务器上 %1 项已更改，%2 项未变%4。</translation>
    </message>
    <message>
        <source>; every server was already as wanted</source>
        <translation>；每台服务器都已符合要求</translation>
    </message>
    <message>
        <source>Accept the server&apos;s host key if, and only if, its fingerprint is FP (as shown by a first connection). On several servers: once per server.</source>
        <translation>仅当服务器主机密钥的指纹为 FP（首次连接时显示）时才接受它。多台服务器时：每台服务器给一次。</translation>
    </message>
    <message>
        <source>=== phase %1: %2</source>
        <translation>=== 第 %1 阶段：%2</translation>
    </message>
    <message>
        <source>A profile on several servers: the server NAME&apos;s files (its roles&apos;) only.</source>
        <translation>多服务器的配置：只渲染服务器 NAME 的文件（其角色所需的文件）。</translation>
    </message>
    <message>
        <source>--server is for a profile on several servers; this one has one.</source>
        <translation>--server 用于多服务器的配置；此配置只有一台服务器。</translation>
    </message>
    <message>
        <source>This profile spans several servers: render one with --server NAME (%1).</source>
        <translation>此配置跨越多台服务器：请用 --server NAME 渲染其中一台（%1）。</translation>
    </message>
    <message>
        <source>--%1 is not available for a deployment on several servers.</source>
        <translation>--%1 不适用于多服务器部署。</translation>
    </message>
    <message>
        <source>An app server whose update did not finish stays marked down in the proxy&apos;s upstreams, so the others keep serving the site; `deploy` takes it back once it is mended.</source>
        <translation>更新未完成的应用服务器在代理的 upstream 中保持 down 标记，由其他服务器继续提供站点；修复后运行 `deploy` 会把它重新加入。</translation>
    </message>
    <message>
        <source>Updates the server&apos;s Odoo checkout: fetches the profile&apos;s branch (or --to a branch, tag or commit), and when it moved, takes a backup, tags the commit that ran odoo-deploy-previous, checks out the new one, installs requirements.txt if it changed, restarts Odoo once and checks the health. A checkout with local changes is refused and nothing changes. &quot;rollback&quot; goes back. On several servers: one app server at a time, each out of the proxy&apos;s upstreams meanwhile.</source>
        <translation>更新服务器上的 Odoo 检出：获取配置文件中的分支（或用 --to 指定分支、标签或提交）；如有新提交，则先做备份，把正在运行的提交标记为 odoo-deploy-previous，检出新提交，如 requirements.txt 有变化则重新安装，重启 Odoo 一次并检查健康状态。有本地修改的检出会被拒绝，且不做任何更改。&quot;rollback&quot; 可以回退。多台服务器时：逐台更新应用服务器，更新期间将其移出代理的 upstream。</translation>
    </message>
    <message>
        <source>update: every app server is already there; nothing was changed.</source>
        <translation>update：每台应用服务器都已是最新；未做任何更改。</translation>
    </message>
    <message>
        <source>The backups of this deployment on several servers are kept on its first app server, %1 (%2).</source>
        <translation>此多服务器部署的备份保存在其第一台应用服务器 %1（%2）上。</translation>
    </message>
    <message>
        <source>Upgrades Odoo modules in the profile&apos;s database: takes a backup, stops Odoo, runs odoo-bin -u MODULES --stop-after-init, starts Odoo again and checks the health. &quot;rollback&quot; goes back to the backup. On several servers: on the first app server, which keeps the backups, with the other app servers stopped meanwhile.</source>
        <translation>升级配置文件所指数据库中的 Odoo 模块：先备份，停止 Odoo，运行 odoo-bin -u MODULES --stop-after-init，再次启动 Odoo 并检查健康状况。&quot;rollback&quot; 可回到该备份。多台服务器时：在保存备份的第一台应用服务器上运行，期间其他应用服务器停止。</translation>
    </message>
    <message>
        <source>Rolls back the newest update or module upgrade in the journal, also one that failed: with Odoo stopped, the checkout goes back to the commit that ran before it and the database and filestore to the backup taken before it (the ones replaced are kept as &lt;name&gt;-before-restore-&lt;time&gt;); then Odoo starts and the health is checked. Works when the update left Odoo unable to start. On several servers: from the journal of the first app server, which keeps the backups; the other app servers stop meanwhile, go back to the same commit and start again.</source>
        <translation>回滚日志中最新的一次更新或模块升级（包括失败的那次）：在 Odoo 停止期间，代码检出回到此前运行的提交，数据库和文件存储回到此前所做的备份（被替换的内容保留为 &lt;name&gt;-before-restore-&lt;time&gt;）；然后启动 Odoo 并检查健康状况。即使更新导致 Odoo 无法启动也能使用。多台服务器时：依据保存备份的第一台应用服务器的日志；期间其他应用服务器停止，回到同一提交后再次启动。</translation>
    </message>
    <message>
        <source>Restores a backup made by &quot;backup&quot; into the profile&apos;s database and filestore: into a new database first, then, with the service stopped, swapped in; the database and filestore as they were are kept under &lt;name&gt;-before-restore-&lt;time&gt;. Refuses, changing nothing, a damaged backup, a backup of another database (unless --other-database) and too little room. --list shows the backups on the server. On several servers: on the first app server, which keeps the backups, with the other app servers stopped meanwhile; the database as it was is kept as a dump beside the backups. Exit codes: 0 done, 4 refused before any change, 5 failed, 255 could not connect.</source>
        <translation>将 &quot;backup&quot; 制作的备份恢复到配置文件所指的数据库和文件存储：先恢复到一个新数据库，然后在服务停止期间替换；原来的数据库和文件存储保留为 &lt;name&gt;-before-restore-&lt;time&gt;。对损坏的备份、其他数据库的备份（除非使用 --other-database）以及空间不足的情况，会拒绝执行且不做任何更改。--list 列出服务器上的备份。多台服务器时：在保存备份的第一台应用服务器上执行，期间其他应用服务器停止；原来的数据库以转储文件形式保留在备份旁边。退出码：0 完成，4 在任何更改前被拒绝，5 失败，255 无法连接。</translation>
    </message>
    <message>
        <source>The other app servers stay stopped, so that none serves from a database in doubt; `deploy` starts them again once it is mended.</source>
        <translation>其他应用服务器保持停止，以免任何服务器在状态存疑的数据库上提供服务；问题解决后，`deploy` 会再次启动它们。</translation>
    </message>
    <message>
        <source>Make a neutralised staging copy beside production (--remove: take it away).</source>
        <translation>在生产环境旁制作一个已中和的预发布副本（--remove：删除它）。</translation>
    </message>
    <message>
        <source>Makes a staging copy beside production: the database copied (live with pg_dump | pg_restore, or with createdb --template while production stops for the copy: staging.copy in the profile), its scheduled actions and mail servers switched off and the copy marked neutralized, the filestore as hard links, its own service on its own ports and its own nginx site (staging.domain, or staging.publicPort of production&apos;s name); then the health of the copy and of production is checked. Production keeps running. On several servers the database is copied on the database server (a template copy closes production&apos;s database to connections meanwhile instead of stopping Odoo), the copy runs on the first app server with the filestore copied into its own data folder, and the proxy serves its site. A second run changes nothing; --remove takes the copy away.</source>
        <translation>在生产环境旁制作预发布副本：复制数据库（在线使用 pg_dump | pg_restore，或使用 createdb --template，复制期间生产环境停止：由配置文件中的 staging.copy 决定），关闭其计划任务和邮件服务器并将副本标记为已中和，文件存储以硬链接方式复制，使用自己的端口运行自己的服务，并有自己的 nginx 站点（staging.domain，或生产环境域名的 staging.publicPort）；然后检查副本和生产环境的健康状况。生产环境保持运行。多台服务器时，在数据库服务器上复制数据库（模板复制期间会关闭生产数据库的连接，而不是停止 Odoo），副本在第一台应用服务器上运行，文件存储复制到其自己的数据文件夹，由代理提供其站点。再次运行不会做任何更改；--remove 删除副本。</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>The certificate is not signed by a trusted authority and no fingerprint was recorded for it (deploy again to record it). Its SHA-256 is %1.</source>
        <translation>该证书不是由受信任的机构签发的，且没有为它记录指纹（再部署一次即可记录）。它的 SHA-256 是 %1。</translation>
    </message>
    <message>
        <source>Certificate fingerprint mismatch: the server sent %1, the recorded one is %2.</source>
        <translation>证书指纹不匹配：服务器发送的是 %1，记录的是 %2。</translation>
    </message>
    <message>
        <source>subject: %1
names: %2
issuer: %3
valid: %4 to %5 (%6 days left)
SHA-256: %7
</source>
        <translation>主题：%1
名称：%2
签发者：%3
有效期：%4 至 %5（剩余 %6 天）
SHA-256：%7
</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>overall: %1
</source>
        <translation>总体：%1
</translation>
    </message>
    <message>
        <source>
Last lines of the Odoo log:
</source>
        <translation>
Odoo 日志的最后几行：
</translation>
    </message>
    <message>
        <source>
Last lines of the nginx error log:
</source>
        <translation>
nginx 错误日志的最后几行：
</translation>
    </message>
    <message>
        <source>* Start of the body (%1 bytes):
</source>
        <translation>* 响应正文的开头（%1 字节）：
</translation>
    </message>
    <message>
        <source>Service state and recent logs</source>
        <translation>服务状态和最近的日志</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>服务器没有发送证书。</translation>
    </message>
    <message>
        <source>* odoo-deploy: the certificate&apos;s SHA-256 fingerprint is the recorded one: fetching with its public key pinned (--pinnedpubkey %1)
</source>
        <translation>* odoo-deploy：证书的 SHA-256 指纹与记录的一致：固定其公钥后获取（--pinnedpubkey %1）
</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on port %1.</source>
        <translation>连接被拒绝：端口 %1 上没有程序在监听。</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>找不到主机 %1。</translation>
    </message>
    <message>
        <source>No answer within %1 s (%2).</source>
        <translation>%1 秒内没有应答（%2）。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>服务器未应答就关闭了连接。</translation>
    </message>
    <message>
        <source>* odoo-deploy: trusted by its recorded SHA-256 fingerprint, its public key pinned
</source>
        <translation>* odoo-deploy：依据记录的 SHA-256 指纹受信任，其公钥已固定
</translation>
    </message>
    <message>
        <source>* Timings (curl&apos;s): name lookup %1, connect %2, TLS %3, first byte %4, total %5
</source>
        <translation>* 耗时（curl 测得）：域名解析 %1，连接 %2，TLS %3，首字节 %4，总计 %5
</translation>
    </message>
    <message>
        <source>The answer is not HTTP: &quot;%1&quot;.</source>
        <translation>该应答不是 HTTP：“%1”。</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>无法读取证书的公钥。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is refused: %1 (%2)</source>
        <translation>服务器的证书被拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification; it may be damaged (%1)</source>
        <translation>服务器的证书未通过验证，可能已损坏（%1）</translation>
    </message>
    <message>
        <source>The site, through %1:
</source>
        <translation>站点（经由 %1）：
</translation>
    </message>
    <message>
        <source>
%1 (%2):
</source>
        <translation>
%1（%2）：
</translation>
    </message>
    <message>
        <source>
all servers: %1
</source>
        <translation>
全部服务器：%1
</translation>
    </message>
</context>
<context>
    <name>odoodeploy::AboutDialog</name>
    <message>
        <source>About Odoo Deploy</source>
        <translation>关于 Odoo 部署向导</translation>
    </message>
    <message>
        <source>Odoo Deploy %1 (commit %2)
Turns a fresh Debian or Ubuntu server into a production Odoo instance over SSH.

Licence: %3

Qt %4
libssh %5
QtKeychain %6</source>
        <translation>Odoo Deploy %1（提交 %2）
通过 SSH 将全新的 Debian 或 Ubuntu 服务器变成生产环境的 Odoo 实例。

许可证：%3

Qt %4
libssh %5
QtKeychain %6</translation>
    </message>
</context>
<context>
    <name>odoodeploy::CertificatePage</name>
    <message>
        <source>Web address and certificate</source>
        <translation>网站地址与证书</translation>
    </message>
    <message>
        <source>nginx answers for this name, forwards to Odoo and, with a certificate, redirects HTTP to HTTPS (TLS 1.2 and 1.3 only).</source>
        <translation>nginx 以此名称提供服务并转发到 Odoo；配置证书后会把 HTTP 重定向到 HTTPS（仅 TLS 1.2 和 1.3）。</translation>
    </message>
    <message>
        <source>erp.example.com</source>
        <translation>erp.example.com</translation>
    </message>
    <message>
        <source>None: plain HTTP (only inside a trusted network)</source>
        <translation>无：纯 HTTP（仅限可信内网）</translation>
    </message>
    <message>
        <source>Self-signed: made on the server, pinned by fingerprint</source>
        <translation>自签名：在服务器上生成，按指纹固定</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt: free, for a public domain name</source>
        <translation>Let&apos;s Encrypt：免费，适用于公网域名</translation>
    </message>
    <message>
        <source>Existing certificate and key files</source>
        <translation>已有的证书和私钥文件</translation>
    </message>
    <message>
        <source>Certificate (PEM, with chain)</source>
        <translation>证书（PEM，含证书链）</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>私钥（PEM）</translation>
    </message>
    <message>
        <source>Send HSTS: browsers will refuse plain HTTP for two years</source>
        <translation>发送 HSTS：浏览器在两年内将拒绝纯 HTTP 访问</translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt &amp;e-mail:</source>
        <translation>Let&apos;s Encrypt 邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>证书文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>私钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Firewall (ufw): let in only SSH, HTTP and HTTPS</source>
        <translation>防火墙（ufw）：只允许 SSH、HTTP 和 HTTPS 进入</translation>
    </message>
    <message>
        <source>empty: Let&apos;s Encrypt</source>
        <translation>留空：使用 Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Another ACME server&apos;s directory URL, e.g. your company&apos;s CA or Let&apos;s Encrypt&apos;s staging.</source>
        <translation>另一个 ACME 服务器的目录地址，例如公司的 CA 或 Let&apos;s Encrypt 的测试环境。</translation>
    </message>
    <message>
        <source>ACME &amp;server:</source>
        <translation>ACME 服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>CA certificate the health check trusts (PEM)</source>
        <translation>健康检查信任的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>optional: a company CA</source>
        <translation>可选：公司内部 CA</translation>
    </message>
    <message>
        <source>Trusted C&amp;A:</source>
        <translation>受信任的 CA(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>odoodeploy::DeployWizard</name>
    <message>
        <source>Open profile…</source>
        <translation>打开配置文件…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>配置文件未保存</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>unsaved profile</source>
        <translation>未保存的配置文件</translation>
    </message>
    <message>
        <source>Odoo Deploy — %1[*]</source>
        <translation>Odoo 部署向导 — %1[*]</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>odoodeploy::HealthChecker</name>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内没有应答。</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Odoo on port %1</source>
        <translation>端口 %1 上的 Odoo</translation>
    </message>
    <message>
        <source>Websocket on port %1</source>
        <translation>端口 %1 上的 Websocket</translation>
    </message>
    <message>
        <source>Long polling on port %1</source>
        <translation>端口 %1 上的长轮询</translation>
    </message>
    <message>
        <source>HTTP on port %1</source>
        <translation>端口 %1 上的 HTTP</translation>
    </message>
    <message>
        <source>HTTPS on port %1</source>
        <translation>端口 %1 上的 HTTPS</translation>
    </message>
    <message>
        <source>Database manager</source>
        <translation>数据库管理器</translation>
    </message>
    <message>
        <source>The SSH tunnel could not be opened.</source>
        <translation>无法打开 SSH 隧道。</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>正在运行。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>无法理解服务器的应答。</translation>
    </message>
    <message>
        <source>Not running (%1).</source>
        <translation>未运行（%1）。</translation>
    </message>
    <message>
        <source>Redirects to %1 (HTTP %2).</source>
        <translation>重定向到 %1（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 instead of a redirect to HTTPS.</source>
        <translation>返回 %1，而不是重定向到 HTTPS。</translation>
    </message>
    <message>
        <source>Odoo answers over plain HTTP: no certificate is configured, passwords travel unencrypted.</source>
        <translation>Odoo 通过明文 HTTP 应答：未配置证书，密码以未加密方式传输。</translation>
    </message>
    <message>
        <source>No certificate is configured.</source>
        <translation>未配置证书。</translation>
    </message>
    <message>
        <source>%1: nginx answers, but Odoo behind it does not.</source>
        <translation>%1：nginx 有应答，但其后的 Odoo 没有应答。</translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation>%2 返回 %1。</translation>
    </message>
    <message>
        <source>Odoo&apos;s health endpoint does not say &quot;pass&quot;: %1</source>
        <translation>Odoo 的健康检查端点没有返回 &quot;pass&quot;：%1</translation>
    </message>
    <message>
        <source>self-signed certificate (trusted by its recorded fingerprint)</source>
        <translation>自签名证书（依据记录的指纹受信任）</translation>
    </message>
    <message>
        <source>the certificate expires in %1 days</source>
        <translation>证书将在 %1 天后过期</translation>
    </message>
    <message>
        <source>slow answer (%1 s)</source>
        <translation>应答缓慢（%1 秒）</translation>
    </message>
    <message>
        <source>Odoo answers through nginx in %1 s; the certificate is valid for %2 more days.</source>
        <translation>Odoo 经 nginx 在 %1 秒内应答；证书还有 %2 天有效。</translation>
    </message>
    <message>
        <source>Works, but: %1.</source>
        <translation>可用，但：%1。</translation>
    </message>
    <message>
        <source>Reachable from outside: anyone can try the master password and copy or drop databases.</source>
        <translation>可从外部访问：任何人都可以尝试主密码，并复制或删除数据库。</translation>
    </message>
    <message>
        <source>Not reachable from outside (%1).</source>
        <translation>无法从外部访问（%1）。</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>直接连接</translation>
    </message>
    <message>
        <source>through the SSH tunnel</source>
        <translation>经 SSH 隧道</translation>
    </message>
    <message>
        <source>GET %1 %2: %3</source>
        <translation>GET %1（%2）：%3</translation>
    </message>
    <message>
        <source>Answers (%1).</source>
        <translation>有应答（%1）。</translation>
    </message>
    <message>
        <source>Answers as Odoo %1 (%2).</source>
        <translation>以 Odoo %1 身份应答（%2）。</translation>
    </message>
    <message>
        <source>%1 without Odoo&apos;s version.</source>
        <translation>返回 %1，但没有 Odoo 的版本信息。</translation>
    </message>
    <message>
        <source>%1 instead of 101 Switching Protocols.</source>
        <translation>返回 %1，而不是 101 Switching Protocols。</translation>
    </message>
    <message>
        <source>Switched protocols, but with a wrong Sec-WebSocket-Accept.</source>
        <translation>已切换协议，但 Sec-WebSocket-Accept 不正确。</translation>
    </message>
    <message>
        <source>The websocket handshake succeeds (%1).</source>
        <translation>Websocket 握手成功（%1）。</translation>
    </message>
    <message>
        <source>%1 (over SSH; the server may be down or SSH slow)</source>
        <translation>%1（经 SSH；服务器可能已宕机或 SSH 响应缓慢）</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>服务器报告：%1</translation>
    </message>
    <message>
        <source>Database server from here</source>
        <translation>从本机访问数据库服务器</translation>
    </message>
    <message>
        <source>PostgreSQL on port %1</source>
        <translation>端口 %1 上的 PostgreSQL</translation>
    </message>
    <message>
        <source>This server logs in to the database server over TLS.</source>
        <translation>本服务器通过 TLS 登录数据库服务器。</translation>
    </message>
    <message>
        <source>Accepts connections.</source>
        <translation>接受连接。</translation>
    </message>
    <message>
        <source>Shared filestore</source>
        <translation>共享文件存储</translation>
    </message>
    <message>
        <source>Mounted; Odoo writes to it.</source>
        <translation>已挂载；Odoo 可以写入。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::HealthPage</name>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>A traffic light per check: green is healthy, yellow works but needs attention, red is failing. Select a line for its details; Test fetches the site as curl -v would.</source>
        <translation>每项检查一个信号灯：绿色表示健康，黄色表示可用但需注意，红色表示故障。选择一行查看详情；“测试”会像 curl -v 一样获取站点。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Select a check for its details, or press Test.</source>
        <translation>选择一项检查查看详情，或点击“测试”。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch the site once and show the status line, headers, timings and the start of the body.</source>
        <translation>获取一次站点，显示状态行、响应头、耗时和响应正文的开头。</translation>
    </message>
    <message>
        <source>No keychain (%1): passwords are asked every time.</source>
        <translation>没有钥匙串（%1）：每次都会询问密码。</translation>
    </message>
    <message>
        <source>Overall: %1.</source>
        <translation>总体：%1。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>

Last lines of the Odoo log:
</source>
        <translation>

Odoo 日志的最后几行：
</translation>
    </message>
    <message>
        <source>

Last lines of the nginx error log:
</source>
        <translation>

nginx 错误日志的最后几行：
</translation>
    </message>
    <message>
        <source>Still closing the last check&apos;s SSH connection; try again in a moment.</source>
        <translation>上一次检查的 SSH 连接仍在关闭；请稍后再试。</translation>
    </message>
    <message>
        <source>Green: %1</source>
        <translation>绿灯：%1</translation>
    </message>
    <message>
        <source>Yellow: %1</source>
        <translation>黄灯：%1</translation>
    </message>
    <message>
        <source>Red: %1</source>
        <translation>红灯：%1</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Copy as c&amp;url command</source>
        <translation>复制为 c&amp;url 命令</translation>
    </message>
    <message>
        <source>Copy the command that makes the last Test&apos;s request with curl, to paste into a terminal.</source>
        <translation>复制用 curl 发出上次测试请求的命令，可粘贴到终端中执行。</translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation>正在获取 %1 …</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard, and at the end of the details.</source>
        <translation>curl 命令已复制到剪贴板，也附在详情末尾。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::HealthRun</name>
    <message>
        <source>SSH: %1</source>
        <translation>SSH：%1</translation>
    </message>
</context>
<context>
    <name>odoodeploy::KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s; passwords will be asked each time.</source>
        <translation>钥匙串在 %1 秒内没有响应；每次都将询问密码。</translation>
    </message>
    <message>
        <source>No keychain is available (%1); passwords will be asked each time.</source>
        <translation>没有可用的钥匙串（%1）；每次都将询问密码。</translation>
    </message>
    <message>
        <source>The keychain refused: %1.</source>
        <translation>钥匙串拒绝了请求：%1。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::LogPane</name>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>无法将日志保存到 %1：%2</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>The whole log of this run is in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; this pane keeps its last lines.</source>
        <translation>本次运行的完整日志在 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;；此窗格只保留最后的若干行。</translation>
    </message>
    <message>
        <source> … [cut: the line goes on beyond %1 characters]</source>
        <translation> … [已截断：此行超过 %1 个字符]</translation>
    </message>
</context>
<context>
    <name>odoodeploy::MaintainPage</name>
    <message>
        <source>Maintain a deployment</source>
        <translation>维护部署</translation>
    </message>
    <message>
        <source>&amp;Back up the database and its files</source>
        <translation>备份数据库及其文件(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Update Odoo&apos;s code (a backup first)</source>
        <translation>更新 Odoo 代码（先备份）(&amp;U)</translation>
    </message>
    <message>
        <source>Upgrade &amp;modules (a backup first)</source>
        <translation>升级模块（先备份）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Roll back the last update or module upgrade</source>
        <translation>回滚上一次更新或模块升级(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;store a backup</source>
        <translation>恢复备份(&amp;S)</translation>
    </message>
    <message>
        <source>pg_dump of the database and a tar of its filestore, in a new folder below /var/backups/odoo-deploy on the server; the oldest beyond the profile&apos;s count go.</source>
        <translation>用 pg_dump 导出数据库并用 tar 打包其文件存储，放入服务器上 /var/backups/odoo-deploy 下的新文件夹；超出配置文件保留数量的最旧备份会被删除。</translation>
    </message>
    <message>
        <source>Update &amp;to:</source>
        <translation>更新到(&amp;T)：</translation>
    </message>
    <message>
        <source>A branch, tag or commit; empty: the newest commit of the profile&apos;s branch. A checkout with local changes is refused and nothing changes.</source>
        <translation>分支、标签或提交；留空：配置文件分支的最新提交。有本地修改的检出会被拒绝，且不做任何更改。</translation>
    </message>
    <message>
        <source>sale,stock or all</source>
        <translation>sale,stock 或 all</translation>
    </message>
    <message>
        <source>Mo&amp;dules:</source>
        <translation>模块(&amp;D)：</translation>
    </message>
    <message>
        <source>Technical names separated by commas, or all. Odoo stops, runs -u, and starts again.</source>
        <translation>以逗号分隔的技术名称，或 all。Odoo 会停止、运行 -u，然后重新启动。</translation>
    </message>
    <message>
        <source>Bac&amp;kup:</source>
        <translation>备份(&amp;K)：</translation>
    </message>
    <message>
        <source>Only &amp;check: say what it would do, change nothing</source>
        <translation>仅检查(&amp;C)：说明会做什么，不做任何更改</translation>
    </message>
    <message>
        <source>The steps that will run:</source>
        <translation>将要运行的步骤：</translation>
    </message>
    <message>
        <source>%1 on %2: pick what to do. Its steps are listed below; they run on the next page, with the live log, and the health lights follow.</source>
        <translation>%2 上的 %1：选择要做的操作。其步骤列在下方；它们将在下一页运行并显示实时日志，随后显示健康指示灯。</translation>
    </message>
    <message>
        <source>the newest commit of %1</source>
        <translation>%1 的最新提交</translation>
    </message>
    <message>
        <source>This computer made no backup of this deployment yet; name one.</source>
        <translation>本机尚未为此部署做过备份；请指定一个。</translation>
    </message>
    <message>
        <source>Back to %1: the code at commit %2 and the database and filestore of the backup %3. Works also when Odoo cannot start.</source>
        <translation>回到%1：代码回到提交 %2，数据库和文件存储回到备份 %3。即使 Odoo 无法启动也可使用。</translation>
    </message>
    <message>
        <source>Make a staging co&amp;py beside production</source>
        <translation>在生产实例旁创建预发布副本(&amp;P)</translation>
    </message>
    <message>
        <source>Remo&amp;ve the staging copy</source>
        <translation>删除预发布副本(&amp;V)</translation>
    </message>
    <message>
        <source>Copy with createdb --&amp;template: faster for big databases, but production stops for the seconds of the copy</source>
        <translation>使用 createdb --template 复制(&amp;T)：大数据库更快，但复制的几秒内生产实例会停止</translation>
    </message>
    <message>
        <source>Stops and removes the copy&apos;s service, its nginx site, its database and its folders. Production is not touched.</source>
        <translation>停止并删除副本的服务、nginx 站点、数据库和目录。生产实例不受影响。</translation>
    </message>
    <message>
        <source>The database %1 copied into %2 with its scheduled actions and mail servers switched off, the filestore as hard links, its own service on ports %3 and %4, and its own site at %5. Production keeps running. A second run changes nothing.</source>
        <translation>将数据库 %1 复制为 %2，并关闭其计划任务和邮件服务器；文件存储以硬链接方式复制；独立服务运行在端口 %3 和 %4 上，独立站点位于 %5。生产实例保持运行。再次运行不会做任何更改。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Then &amp;download it to this computer, into:</source>
        <translation>随后将其下载到本机(&amp;D)，目录：</translation>
    </message>
    <message>
        <source>Give the folder to download into as a full path, such as %1.</source>
        <translation>请以完整路径给出下载目录，例如 %1。</translation>
    </message>
    <message>
        <source>A backup folder&apos;s name, one picked from the server&apos;s list, or latest: the newest this computer made. The database and filestore as they are now are kept.</source>
        <translation>备份文件夹的名称、从服务器列表中选取的备份，或 latest：本机所做的最新备份。当前的数据库和文件存储会被保留。</translation>
    </message>
    <message>
        <source>&amp;List the server&apos;s backups</source>
        <translation>列出服务器上的备份(&amp;L)</translation>
    </message>
    <message>
        <source>%1 — commit %2, %3</source>
        <translation>%1 — 提交 %2，%3</translation>
    </message>
    <message>
        <source>%1 — of the database %2, which restore refuses here</source>
        <translation>%1 — 属于数据库 %2，此处的恢复会拒绝它</translation>
    </message>
    <message>
        <source>There is no backup on the server yet.</source>
        <translation>服务器上还没有备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) on the server, the newest last.</source>
        <translation>
            <numerusform>服务器上有 %n 个备份，最新的在最后。</numerusform>
        </translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>The server&apos;s backups</source>
        <translation>服务器上的备份</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 台服务器</translation>
    </message>
    <message>
        <source>Every app server at once: what the update would take, and room for the backup</source>
        <translation>所有应用服务器同时进行：检查更新将带来的内容，以及备份所需的空间</translation>
    </message>
    <message>
        <source>Then each app server with something new, one at a time: out of the proxy&apos;s upstreams, updated, back in; before the first of them, %1 backs up the database and the filestore</source>
        <translation>然后逐台处理有新内容的应用服务器：从代理的上游中移出、更新、再加回；在第一台之前，%1 会备份数据库和文件存储</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Copy with createdb --&amp;template: faster for big databases, but production cannot reach its database for the seconds of the copy</source>
        <translation>使用 createdb --template 复制(&amp;T)：对大型数据库更快，但复制的几秒钟内生产环境无法访问其数据库</translation>
    </message>
    <message>
        <source>The database %1 copied into %2 on the database server with its scheduled actions and mail servers switched off; the copy runs on %3 with the filestore copied into its own data folder, its own service on ports %4 and %5, and its own site at %6 on the proxy. Production keeps running. A second run changes nothing.</source>
        <translation>在数据库服务器上将数据库 %1 复制为 %2，并关闭其计划任务和邮件服务器；副本在 %3 上运行，文件存储复制到其自己的数据文件夹，自己的服务使用端口 %4 和 %5，自己的站点位于代理上的 %6。生产环境保持运行。再次运行不会做任何更改。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::OdooPage</name>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>The Odoo release, where its source comes from, and the database it serves.</source>
        <translation>Odoo 的版本、源代码来源以及它所服务的数据库。</translation>
    </message>
    <message>
        <source>Odoo %1 (Python 3.%2–3.%3)</source>
        <translation>Odoo %1（Python 3.%2–3.%3）</translation>
    </message>
    <message>
        <source>Load demonstration data (never on a production database)</source>
        <translation>加载演示数据（切勿用于生产数据库）</translation>
    </message>
    <message>
        <source>long polling / websocket:</source>
        <translation>长轮询 / websocket：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Git &amp;URL:</source>
        <translation>Git 地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Branch or tag:</source>
        <translation>分支或标签(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Install folder:</source>
        <translation>安装目录(&amp;I)：</translation>
    </message>
    <message>
        <source>System &amp;user:</source>
        <translation>系统用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Database &amp;filter:</source>
        <translation>数据库过滤器(&amp;F)：</translation>
    </message>
    <message>
        <source>Local &amp;ports:</source>
        <translation>本地端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Master password (database manager)</source>
        <translation>主密码（数据库管理器）</translation>
    </message>
    <message>
        <source>Disable the database manager (recommended): nobody knows the password</source>
        <translation>禁用数据库管理器（推荐）：没有人知道该密码</translation>
    </message>
    <message>
        <source>Keep the database manager, with a generated strong password</source>
        <translation>保留数据库管理器，并使用生成的强密码</translation>
    </message>
    <message>
        <source>&amp;Generate new</source>
        <translation>生成新密码(&amp;G)</translation>
    </message>
    <message>
        <source>shown once, right after generating</source>
        <translation>仅在生成后显示一次</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Hashing the new password…</source>
        <translation>正在计算新密码的哈希…</translation>
    </message>
    <message>
        <source>Write this password down or keep it in your password manager now: only its hash is saved, and it is not shown again.</source>
        <translation>请立即记下此密码或存入密码管理器：系统只保存其哈希，密码不会再次显示。</translation>
    </message>
    <message>
        <source>&amp;Generate new (kept secret)</source>
        <translation>生成新密码（保密）(&amp;G)</translation>
    </message>
    <message>
        <source>No master password yet: press Generate.</source>
        <translation>尚未设置主密码：请点击“生成”。</translation>
    </message>
    <message>
        <source>A master password hash is set.</source>
        <translation>已设置主密码哈希。</translation>
    </message>
    <message>
        <source>empty: Debian&apos;s wkhtmltopdf; or the URL of an upstream .deb</source>
        <translation>留空：使用 Debian 的 wkhtmltopdf；或填写上游 .deb 的地址</translation>
    </message>
    <message>
        <source>&amp;wkhtmltopdf:</source>
        <translation>wkhtmltopdf(&amp;W)：</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>主密码</translation>
    </message>
</context>
<context>
    <name>odoodeploy::OperationController</name>
    <message>
        <source>Reading remembered passwords from the keychain…</source>
        <translation>正在从钥匙串读取已保存的密码…</translation>
    </message>
    <message>
        <source>Connecting to %1 to look at the server…</source>
        <translation>正在连接 %1 以查看服务器…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo 密码</translation>
    </message>
    <message>
        <source>sudo did not accept the password for %1 on %2. Try again:</source>
        <translation>sudo 未接受 %2 上 %1 的密码。请重试：</translation>
    </message>
    <message>
        <source>The next step runs as root: the sudo password for %1 on %2:</source>
        <translation>下一步需要以 root 身份运行：请输入 %2 上 %1 的 sudo 密码：</translation>
    </message>
    <message>
        <source>Could not look at the server first.</source>
        <translation>未能先查看服务器。</translation>
    </message>
    <message>
        <source>%1 refused before anything changed:
%2</source>
        <translation>%1 在做出任何更改之前被拒绝：
%2</translation>
    </message>
    <message>
        <source>Nothing was changed: not confirmed.</source>
        <translation>未做任何更改：没有确认。</translation>
    </message>
    <message>
        <source>%1: %2 steps on %3. Go ahead?</source>
        <translation>%1：在 %3 上执行 %2 个步骤。是否继续？</translation>
    </message>
    <message>
        <source>Not connected: the host key was not trusted.</source>
        <translation>未连接：主机密钥未被信任。</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>Try again:</source>
        <translation>请重试：</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>未连接：没有输入密码。</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>用时 %1 秒完成。</translation>
    </message>
    <message>
        <source>Already so, nothing changed (%1 s).</source>
        <translation>已是所需状态，未作更改（%1 秒）。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Stopped: not everything was done.</source>
        <translation>已停止：并非所有步骤都已完成。</translation>
    </message>
    <message>
        <source>%1 needs the database password of this deployment, and none was given. Nothing was changed.</source>
        <translation>%1 需要本部署的数据库密码，但未提供。未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>This profile spans %n servers: each action runs on every server taking part, one connection each, not on one connection for all. Nothing was done.</source>
        <translation>
            <numerusform>此配置文件跨越 %n 台服务器：每个操作在每台参与的服务器上各用一个连接运行，而不是用一个连接处理所有服务器。未执行任何操作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odoodeploy::PageList</name>
    <message>
        <source>Steps of the wizard</source>
        <translation>向导的步骤</translation>
    </message>
</context>
<context>
    <name>odoodeploy::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every file the deployment writes to the server, exactly as it will be written. A file that already exists there is backed up before it is replaced.</source>
        <translation>部署将写入服务器的每个文件，内容与实际写入完全一致。服务器上已存在的文件在被替换前会先备份。</translation>
    </message>
    <message>
        <source>Nothing can be generated until these are fixed:
%1</source>
        <translation>请先修正以下问题，才能生成文件：
%1</translation>
    </message>
    <message>
        <source>Files: %1, for %2.</source>
        <translation>文件：%1 个，用于 %2。</translation>
    </message>
    <message>
        <source>Runs on the server as root.</source>
        <translation>以 root 身份在服务器上运行。</translation>
    </message>
    <message>
        <source>%1 — owner %2:%3, mode %4</source>
        <translation>%1 — 属主 %2:%3，权限 %4</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Compare with the &amp;server</source>
        <translation>与服务器比较(&amp;S)</translation>
    </message>
    <message>
        <source>Reads the files on the server and shows the differences; changes nothing.</source>
        <translation>读取服务器上的文件并显示差异；不做任何更改。</translation>
    </message>
    <message>
        <source>Same as on the server.</source>
        <translation>与服务器上的相同。</translation>
    </message>
    <message>
        <source>Compared with %1: differences are shown under each file.</source>
        <translation>已与 %1 比较：差异显示在各文件下方。</translation>
    </message>
    <message>
        <source>Differences from the file on the server (&quot;-&quot; there now, &quot;+&quot; after the deployment):</source>
        <translation>与服务器上文件的差异（“-”为现有内容，“+”为部署后的内容）：</translation>
    </message>
    <message>
        <source>%1 in the folder of the running PostgreSQL cluster (/etc/postgresql/&lt;version&gt;/main) — owner %2:%3, mode %4</source>
        <translation>%1，位于正在运行的 PostgreSQL 集群目录（/etc/postgresql/&lt;版本&gt;/main）中 — 所有者 %2:%3，权限 %4</translation>
    </message>
    <message>
        <source>Files of the server:</source>
        <translation>服务器的文件：</translation>
    </message>
    <message>
        <source>Not yet for a deployment on several servers: its dry run shows what would change on each.</source>
        <translation>多服务器部署暂不支持：其试运行会显示每台服务器上将更改的内容。</translation>
    </message>
    <message>
        <source>The server %1 (roles: %2): %3 files, for %4.</source>
        <translation>服务器 %1（角色：%2）：%3 个文件，用于 %4。</translation>
    </message>
    <message>
        <source>The database password is filled in when the files are sent, never shown here.</source>
        <translation>数据库密码在发送文件时才填入，此处从不显示。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::RunPage</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The steps run on the server one after the other; their output streams into the log. Cancel stops the remote command; Retry starts again from the step that failed.</source>
        <translation>各步骤在服务器上依次运行，输出实时显示在日志中。“取消”会停止远程命令；“重试”会从失败的步骤重新开始。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>取消运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retry from the failed step</source>
        <translation>从失败的步骤重试(&amp;R)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>All %1 steps finished.</source>
        <translation>全部 %1 个步骤已完成。</translation>
    </message>
    <message>
        <source>Stopped at “%1”.</source>
        <translation>停止于“%1”。</translation>
    </message>
    <message>
        <source>Cancelling: stopping the remote command…</source>
        <translation>正在取消：停止远程命令…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Reached through %1 by running the ssh program (libssh 0.10 has no ProxyJump of its own).</source>
        <translation>通过运行 ssh 程序经由 %1 连接（libssh 0.10 本身不支持 ProxyJump）。</translation>
    </message>
    <message>
        <source>Check the &amp;server</source>
        <translation>检查服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>Runs only the checks: shows what would change, changes nothing.</source>
        <translation>只执行检查：显示将会更改的内容，不做任何更改。</translation>
    </message>
    <message>
        <source>De&amp;ploy</source>
        <translation>部署(&amp;P)</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 steps would change something; nothing was changed.</source>
        <translation>试运行：%2 个步骤中有 %1 个将会更改；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to change: the server was already as wanted (%1 steps checked).</source>
        <translation>无需更改：服务器已符合要求（已检查 %1 个步骤）。</translation>
    </message>
    <message>
        <source>Deployed: %1 steps changed something, %2 were already as wanted.</source>
        <translation>部署完成：%1 个步骤做了更改，%2 个已符合要求。</translation>
    </message>
    <message>
        <source>This server cannot take this deployment:
%1</source>
        <translation>此服务器无法进行本次部署：
%1</translation>
    </message>
    <message>
        <source>Check the server first: the plan depends on what it has.</source>
        <translation>请先检查服务器：部署计划取决于服务器的情况。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>%1: nothing was changed.</source>
        <translation>%1：未做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Run: %1</source>
        <translation>运行(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Ready: %1 on %2.</source>
        <translation>就绪：在 %2 上%1。</translation>
    </message>
    <message>
        <source>%p % (%1 of %2 MiB)</source>
        <translation>%p %（%1 / %2 MiB）</translation>
    </message>
</context>
<context>
    <name>odoodeploy::ServerPage</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The Debian or Ubuntu server to deploy to, reached over SSH. Its host key is checked against ~/.ssh/known_hosts before anything runs.</source>
        <translation>通过 SSH 连接的目标 Debian 或 Ubuntu 服务器。执行任何操作之前，都会先对照 ~/.ssh/known_hosts 校验其主机密钥。</translation>
    </message>
    <message>
        <source>erp.example.com or 192.0.2.10</source>
        <translation>erp.example.com 或 192.0.2.10</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Password (asked when connecting)</source>
        <translation>密码（连接时询问）</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>optional: [user@]bastion[:port]</source>
        <translation>可选：[用户@]跳板机[:端口]</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录用户(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>私钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>跳板机(&amp;J)：</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>连接超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Passwords and passphrases are never saved in the profile.</source>
        <translation>密码和密钥口令永远不会保存在配置文件中。</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Connect and look at the server</source>
        <translation>连接并查看服务器(&amp;C)</translation>
    </message>
    <message>
        <source> (through %1 with the ssh program)</source>
        <translation>（通过 ssh 程序经由 %1）</translation>
    </message>
    <message>
        <source>%1: %2 CPUs, %3 GiB RAM, %4 GiB free, %5, Python %6%7.</source>
        <translation>%1：%2 个 CPU，%3 GiB 内存，%4 GiB 可用磁盘，%5，Python %6%7。</translation>
    </message>
    <message>
        <source>Unknown system</source>
        <translation>未知系统</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>no systemd</source>
        <translation>无 systemd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>libssh 0.10 reaches a jump host by running the ssh program (ssh -W), which checks the jump host&apos;s key on its own.</source>
        <translation>libssh 0.10 通过运行 ssh 程序（ssh -W）连接跳板机，跳板机的主机密钥由该程序自行检查。</translation>
    </message>
    <message>
        <source>&amp;Upgrade the installed packages before deploying (apt-get upgrade)</source>
        <translation>部署前升级已安装的软件包（apt-get upgrade）(&amp;U)</translation>
    </message>
    <message>
        <source>Spread over &amp;several servers…</source>
        <translation>分布到多台服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>The database on a server of its own, app servers behind the proxy, a shared filestore. The profile is then saved in the new form (schema 2), which older Odoo Deploy versions cannot open.</source>
        <translation>数据库位于独立服务器，应用服务器位于代理之后，共享文件存储。配置文件随后将以新格式（schema 2）保存，旧版 Odoo Deploy 无法打开。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::ServersHealthPage</name>
    <message>
        <source>Health of the servers</source>
        <translation>各服务器的健康状况</translation>
    </message>
    <message>
        <source>The site through the proxy, then every server with a light per check of its roles. One app server down while another answers is yellow: the site works, the spare is gone.</source>
        <translation>先是经由代理访问的站点，然后是每台服务器按其角色的每项检查的信号灯。一台应用服务器宕机而另一台仍在响应时为黄色：站点可用，但备用已失去。</translation>
    </message>
    <message>
        <source>Health checks by server</source>
        <translation>按服务器的健康检查</translation>
    </message>
    <message>
        <source>Server and check</source>
        <translation>服务器与检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a check for its details, or press Test.</source>
        <translation>选择一项检查查看详情，或点击“测试”。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Fetch the site once through the proxy and show the status line, headers, timings and the start of the body.</source>
        <translation>经由代理获取一次站点，显示状态行、响应头、耗时和正文开头。</translation>
    </message>
    <message>
        <source>Overall: %1.</source>
        <translation>总体：%1。</translation>
    </message>
    <message>
        <source>Checking %1 servers and the site…</source>
        <translation>正在检查 %1 台服务器和站点…</translation>
    </message>
    <message>
        <source>The site (through %1)</source>
        <translation>站点（经由 %1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Look at the server on the Servers page to check its key (%1) and trust it.</source>
        <translation>请在“服务器”页查看该服务器，核对其密钥（%1）并信任它。</translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation>正在获取 %1 …</translation>
    </message>
    <message>
        <source>all %1 checks</source>
        <translation>全部 %1 项检查</translation>
    </message>
    <message>
        <source>%1 of %2 checks need attention</source>
        <translation>%2 项检查中有 %1 项需要注意</translation>
    </message>
    <message>
        <source>

Last lines of the Odoo log:
</source>
        <translation>

Odoo 日志的最后几行：
</translation>
    </message>
    <message>
        <source>

Last lines of the nginx error log:
</source>
        <translation>

nginx 错误日志的最后几行：
</translation>
    </message>
</context>
<context>
    <name>odoodeploy::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The servers of this deployment and what each one does: the database (PostgreSQL), the shared filestore, the app servers (Odoo) and the proxy (nginx, HTTPS). Each is reached over SSH with its own settings; the others reach it at its private address.</source>
        <translation>本部署的各台服务器及其职责：数据库（PostgreSQL）、共享文件存储、应用服务器（Odoo）和代理（nginx、HTTPS）。每台服务器按各自的设置通过 SSH 连接；其他服务器通过其私有地址访问它。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>私有地址</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <source>&amp;Add a server</source>
        <translation>添加服务器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>GlusterFS (tested)</source>
        <translation>GlusterFS（已测试）</translation>
    </message>
    <message>
        <source>NFS (not tested here: refused for now)</source>
        <translation>NFS（此处未测试：暂不支持）</translation>
    </message>
    <message>
        <source>Shared &amp;filestore:</source>
        <translation>共享文件存储(&amp;F)：</translation>
    </message>
    <message>
        <source>The selected server</source>
        <translation>所选服务器</translation>
    </message>
    <message>
        <source>db, app1, proxy</source>
        <translation>db、app1、proxy</translation>
    </message>
    <message>
        <source>&amp;database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>a&amp;pp</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>pro&amp;xy</source>
        <translation>代理(&amp;X)</translation>
    </message>
    <message>
        <source>10.0.0.21</source>
        <translation>10.0.0.21</translation>
    </message>
    <message>
        <source>An IP address: the database&apos;s access list, the firewalls and the proxy&apos;s upstreams name servers by address.</source>
        <translation>一个 IP 地址：数据库的访问列表、防火墙和代理的上游都按地址指定服务器。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Private add&amp;ress:</source>
        <translation>私有地址(&amp;R)：</translation>
    </message>
    <message>
        <source>app1.example.com or 192.0.2.21</source>
        <translation>app1.example.com 或 192.0.2.21</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Password (asked when connecting)</source>
        <translation>密码（连接时询问）</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>optional: [user@]bastion[:port]</source>
        <translation>可选：[用户@]跳板机[:端口]</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录用户(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>私钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>跳板机(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Connect and look at this server</source>
        <translation>连接并查看此服务器(&amp;C)</translation>
    </message>
    <message>
        <source>Look at &amp;every server</source>
        <translation>查看所有服务器(&amp;E)</translation>
    </message>
    <message>
        <source>Passwords and passphrases are never saved in the profile. The database password of the deployment is made by its first run and kept in the keychain.</source>
        <translation>密码和密钥口令永远不会保存在配置文件中。部署的数据库密码由首次运行生成，并保存在钥匙串中。</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: fix its settings first.</source>
        <translation>%1：请先修正其设置。</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>%1, %2 CPUs, %3 GiB RAM, %4</source>
        <translation>%1，%2 个 CPU，%3 GiB 内存，%4</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>未知系统</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>no systemd</source>
        <translation>无 systemd</translation>
    </message>
    <message>
        <source>%1: looked at.</source>
        <translation>%1：已查看。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::ServersRunPage</name>
    <message>
        <source>Run on the servers</source>
        <translation>在各服务器上运行</translation>
    </message>
    <message>
        <source>The database and filestore servers first, then every app server at once, then the proxy. Each server has its own steps and log; a failure stops the phases after it.</source>
        <translation>先是数据库和文件存储服务器，然后所有应用服务器同时进行，最后是代理。每台服务器有自己的步骤和日志；一处失败会停止其后的各阶段。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>Every server runs only the checks: shows what would change, changes nothing.</source>
        <translation>每台服务器只运行检查：显示将会更改的内容，不做任何更改。</translation>
    </message>
    <message>
        <source>De&amp;ploy</source>
        <translation>部署(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>取消运行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Phase %1: %2.</source>
        <translation>第 %1 阶段：%2。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Ready: %1 servers. A dry run shows what would change on each.</source>
        <translation>就绪：%1 台服务器。试运行会显示每台服务器上将更改的内容。</translation>
    </message>
    <message>
        <source>Dry run: every server only says what would change.</source>
        <translation>试运行：每台服务器只报告将会更改的内容。</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>正在部署…</translation>
    </message>
    <message>
        <source>Cancelling: stopping the remote commands…</source>
        <translation>正在取消：正在停止远程命令…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Dry run: nothing would change on any of the %1 servers (%2 steps checked).</source>
        <translation>试运行：%1 台服务器上都不会有任何更改（已检查 %2 个步骤）。</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 steps would change something, on %3; nothing was changed.</source>
        <translation>试运行：%2 个步骤中有 %1 个将会更改内容，涉及 %3；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to change: all %1 servers were already as wanted (%2 steps checked).</source>
        <translation>无需更改：全部 %1 台服务器均已是目标状态（已检查 %2 个步骤）。</translation>
    </message>
    <message>
        <source>Deployed on %1 servers: %2 steps changed something (on %3), %4 were already as wanted.</source>
        <translation>已部署到 %1 台服务器：%2 个步骤做了更改（在 %3 上），%4 个已是目标状态。</translation>
    </message>
    <message>
        <source>Run the rolling &amp;update</source>
        <translation>运行滚动更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Check what the rolling update would take</source>
        <translation>检查滚动更新将带来的内容(&amp;C)</translation>
    </message>
    <message>
        <source>Ready: every app server says what it would take; nothing changes.</source>
        <translation>就绪：每台应用服务器报告将带来的内容；不做任何更改。</translation>
    </message>
    <message>
        <source>Rolling update, checked: %1 steps would change something; nothing was changed. The app servers&apos; tabs say what each would take.</source>
        <translation>滚动更新检查完毕：%1 个步骤将会更改内容；未做任何更改。各应用服务器的标签页显示了各自将带来的内容。</translation>
    </message>
    <message>
        <source>Rolling update: every app server is already there; nothing was changed.</source>
        <translation>滚动更新：每台应用服务器都已是最新；未做任何更改。</translation>
    </message>
    <message>
        <source>Rolling update done: %1 updated one at a time (%2 steps changed something).</source>
        <translation>滚动更新完成：%1 已逐台更新（%2 个步骤做了更改）。</translation>
    </message>
    <message>
        <source>The app servers one at a time, each out of the proxy&apos;s upstreams while it updates: the site keeps answering through the others. Each server has its own steps and log.</source>
        <translation>逐台处理应用服务器，每台在更新期间从代理的上游中移出：站点通过其他服务器继续响应。每台服务器有自己的步骤和日志。</translation>
    </message>
    <message>
        <source>The first app server keeps the backups: it dumps the database server&apos;s database over TLS and archives the shared filestore through its mount.</source>
        <translation>第一台应用服务器保存备份：它通过 TLS 导出数据库服务器上的数据库，并通过挂载点归档共享文件存储。</translation>
    </message>
    <message>
        <source>The first app server upgrades the modules after a backup, while the other app servers are stopped so that none serves from a database whose modules change; they start again after it.</source>
        <translation>第一台应用服务器在备份后升级模块，期间其他应用服务器停止，以免任何服务器在模块变化中的数据库上提供服务；升级之后它们会再次启动。</translation>
    </message>
    <message>
        <source>&amp;Check the room for a backup</source>
        <translation>检查备份所需空间(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check what the module upgrade would do</source>
        <translation>检查模块升级将做什么(&amp;C)</translation>
    </message>
    <message>
        <source>Run the module &amp;upgrade</source>
        <translation>运行模块升级(&amp;U)</translation>
    </message>
    <message>
        <source>Ready: first every app server says what it would take; then those with something new update one at a time, and before the first of them %1 backs up the database and the filestore.</source>
        <translation>就绪：先由每台应用服务器报告将带来的内容；然后有新内容的服务器逐台更新，在第一台之前 %1 会备份数据库和文件存储。</translation>
    </message>
    <message>
        <source>Ready: %1 says where the backup would go and how much room there is; nothing is written.</source>
        <translation>就绪：%1 将报告备份的存放位置和可用空间；不写入任何内容。</translation>
    </message>
    <message>
        <source>Ready: %1 writes the backup.</source>
        <translation>就绪：%1 将写入备份。</translation>
    </message>
    <message>
        <source>Ready: %1 writes the backup; then it is downloaded into %2.</source>
        <translation>就绪：%1 将写入备份；然后下载到 %2。</translation>
    </message>
    <message>
        <source>Ready: %1 says what upgrading %2 would do; nothing changes.</source>
        <translation>就绪：%1 将报告升级 %2 会做什么；不做任何更改。</translation>
    </message>
    <message>
        <source>Ready: %1 upgrades %2 after a backup, with the other app servers stopped meanwhile.</source>
        <translation>就绪：%1 将在备份后升级 %2，期间其他应用服务器停止。</translation>
    </message>
    <message>
        <source>Checked on %1: its tab says where the backup would go and how much room there is; nothing was written.</source>
        <translation>已在 %1 上检查：其标签页显示了备份的存放位置和可用空间；未写入任何内容。</translation>
    </message>
    <message>
        <source>Backup written on %1: %2.</source>
        <translation>已在 %1 上写入备份：%2。</translation>
    </message>
    <message>
        <source>Backup written on %1: %2; downloaded into %3, checksums verified.</source>
        <translation>已在 %1 上写入备份：%2；已下载到 %3，校验和已验证。</translation>
    </message>
    <message>
        <source>Checked on %1: its tab says what the upgrade would run; nothing was changed.</source>
        <translation>已在 %1 上检查：其标签页显示了升级将运行的内容；未做任何更改。</translation>
    </message>
    <message>
        <source>Modules %1 upgraded on %2 after the backup %3; the other app servers run again.</source>
        <translation>已在备份 %3 之后于 %2 上升级模块 %1；其他应用服务器已重新运行。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The first app server restores the backup into the database server&apos;s database and the shared filestore, keeping them as they are now; the other app servers are stopped meanwhile.</source>
        <translation>第一台应用服务器将备份恢复到数据库服务器上的数据库和共享文件存储，并保留它们当前的状态；期间其他应用服务器停止。</translation>
    </message>
    <message>
        <source>The first app server goes back to the database, filestore and commit from before the newest update or module upgrade; the other app servers are stopped meanwhile, go back to that commit and start again.</source>
        <translation>第一台应用服务器回到最新一次更新或模块升级之前的数据库、文件存储和提交；期间其他应用服务器停止，回到该提交后再次启动。</translation>
    </message>
    <message>
        <source>&amp;Check what the restore would do</source>
        <translation>检查恢复将做什么(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check what the rollback would do</source>
        <translation>检查回滚将做什么(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>回滚(&amp;R)</translation>
    </message>
    <message>
        <source>Ready: %1 says what restoring %2 would do; nothing changes.</source>
        <translation>就绪：%1 将报告恢复 %2 会做什么；不做任何更改。</translation>
    </message>
    <message>
        <source>Ready: %1 restores %2, with the other app servers stopped meanwhile.</source>
        <translation>就绪：%1 将恢复 %2，期间其他应用服务器停止。</translation>
    </message>
    <message>
        <source>Ready: %1 says what the rollback would do; nothing changes.</source>
        <translation>就绪：%1 将报告回滚会做什么；不做任何更改。</translation>
    </message>
    <message>
        <source>Ready: the app servers go back, %1 first, with the others stopped meanwhile.</source>
        <translation>就绪：各应用服务器将回滚，先是 %1，期间其他服务器停止。</translation>
    </message>
    <message>
        <source>Checked on %1: its tab says what the restore would do; nothing was changed.</source>
        <translation>已在 %1 上检查：其标签页显示了恢复将做什么；未做任何更改。</translation>
    </message>
    <message>
        <source>Backup %1 restored on %2, what was there kept there; the other app servers run again.</source>
        <translation>已在 %2 上恢复备份 %1，原有内容保留在该服务器上；其他应用服务器已重新运行。</translation>
    </message>
    <message>
        <source>Checked on %1: its tab says what the rollback would do; nothing was changed.</source>
        <translation>已在 %1 上检查：其标签页显示了回滚将做什么；未做任何更改。</translation>
    </message>
    <message>
        <source>Rolled back: the database, the filestore and every app server&apos;s code are as they were before; the app servers run again.</source>
        <translation>已回滚：数据库、文件存储和每台应用服务器的代码都回到了之前的状态；各应用服务器已重新运行。</translation>
    </message>
    <message>
        <source>%1 The other app servers stay stopped, so that none serves from a database in doubt; a deployment starts them again once it is mended.</source>
        <translation>%1 其他应用服务器保持停止，以免任何服务器在状态存疑的数据库上提供服务；问题解决后，再次部署会启动它们。</translation>
    </message>
    <message>
        <source>Every server taking part looks first; then the database server copies the database, the first app server runs the copy and the proxy serves its site. Production keeps running.</source>
        <translation>每台参与的服务器先检查；然后数据库服务器复制数据库，第一台应用服务器运行副本，代理提供其站点。生产环境保持运行。</translation>
    </message>
    <message>
        <source>The proxy&apos;s staging site first, then the copy&apos;s service and folders, then its database.</source>
        <translation>先删除代理上的预发布站点，然后是副本的服务和文件夹，最后是其数据库。</translation>
    </message>
    <message>
        <source>&amp;Check what the staging copy would do</source>
        <translation>检查预发布副本将做什么(&amp;C)</translation>
    </message>
    <message>
        <source>Make the staging co&amp;py</source>
        <translation>制作预发布副本(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check what removing the copy would do</source>
        <translation>检查删除副本将做什么(&amp;C)</translation>
    </message>
    <message>
        <source>Remo&amp;ve the staging copy</source>
        <translation>删除预发布副本(&amp;V)</translation>
    </message>
    <message>
        <source>Ready: each server says what the staging copy would change there; nothing changes.</source>
        <translation>就绪：每台服务器将报告预发布副本会在其上更改什么；不做任何更改。</translation>
    </message>
    <message>
        <source>Ready: the copy at %1, with its own service on %2.</source>
        <translation>就绪：副本位于 %1，其自己的服务运行在 %2 上。</translation>
    </message>
    <message>
        <source>Ready: each server says what removing the copy would change there; nothing changes.</source>
        <translation>就绪：每台服务器将报告删除副本会在其上更改什么；不做任何更改。</translation>
    </message>
    <message>
        <source>Ready: the staging copy is removed from every server it is on; production is not touched.</source>
        <translation>就绪：将从其所在的每台服务器上删除预发布副本；不会触及生产环境。</translation>
    </message>
    <message>
        <source>Checked: %1 steps would change something; nothing was changed. Each server&apos;s tab says what.</source>
        <translation>已检查：%1 个步骤会做出更改；未做任何更改。每台服务器的标签页显示了具体内容。</translation>
    </message>
    <message>
        <source>The staging copy at %1 is already there; nothing was changed.</source>
        <translation>位于 %1 的预发布副本已存在；未做任何更改。</translation>
    </message>
    <message>
        <source>The staging copy answers at %1 (its own service on %2). The health page shows production.</source>
        <translation>预发布副本在 %1 上响应（其自己的服务运行在 %2 上）。健康页面显示的是生产环境。</translation>
    </message>
    <message>
        <source>There is no staging copy; nothing was changed.</source>
        <translation>没有预发布副本；未做任何更改。</translation>
    </message>
    <message>
        <source>The staging copy was removed; production was not touched.</source>
        <translation>已删除预发布副本；未触及生产环境。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::SshForward</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The server could not connect to %1:%2: %3</source>
        <translation>服务器无法连接到 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>odoodeploy::StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Odoo Deploy turns a fresh Debian or Ubuntu server into a production Odoo behind nginx. Name a new deployment, or open a saved profile.</source>
        <translation>Odoo 部署向导可将一台全新的 Debian 或 Ubuntu 服务器配置为以 nginx 为前端的生产环境 Odoo。请为新部署命名，或打开已保存的配置文件。</translation>
    </message>
    <message>
        <source>for example: production</source>
        <translation>例如：production</translation>
    </message>
    <message>
        <source>Deployment &amp;name:</source>
        <translation>部署名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>打开配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent profiles (double-click to open):</source>
        <translation>最近的配置文件（双击打开）：</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not open the profile; nothing was changed.
%1</source>
        <translation>无法打开配置文件；当前内容未做任何更改。
%1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Check a deployed server&apos;s &amp;health</source>
        <translation>检查已部署服务器的健康状况(&amp;H)</translation>
    </message>
    <message>
        <source>Open its profile first; the health page shows its traffic lights.</source>
        <translation>请先打开它的配置文件；健康状况页面会显示它的信号灯。</translation>
    </message>
    <message>
        <source>Open the profile of a deployed server first (this one is incomplete: %1).</source>
        <translation>请先打开一个已部署服务器的配置文件（当前配置不完整：%1）。</translation>
    </message>
    <message>
        <source>&amp;Maintain a deployment…</source>
        <translation>维护部署(&amp;M)…</translation>
    </message>
    <message>
        <source>Open its profile first: back up, update, upgrade modules, roll back or restore.</source>
        <translation>请先打开其配置文件：备份、更新、升级模块、回滚或恢复。</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>&amp;Language of this window:</source>
        <translation>本窗口的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save in the new &amp;form</source>
        <translation>以新格式保存(&amp;F)</translation>
    </message>
    <message>
        <source>Odoo Deploy versions before schema 2 (several servers) cannot open the profile afterwards.</source>
        <translation>保存后，支持 schema 2（多台服务器）之前的 Odoo Deploy 版本将无法打开此配置文件。</translation>
    </message>
    <message>
        <source>Opened %1. An earlier Odoo Deploy wrote it (schema %2); it is saved in that form, which that version still opens, until you save it in the new form.</source>
        <translation>已打开 %1。它由较早版本的 Odoo Deploy 写入（schema %2）；在您以新格式保存之前，它会一直以原格式保存，旧版本仍可打开。</translation>
    </message>
    <message>
        <source>Could not save the profile in the new form; it is unchanged.
%1</source>
        <translation>无法以新格式保存配置文件；文件保持不变。
%1</translation>
    </message>
    <message>
        <source>Saved %1 in the new form (schema %2).</source>
        <translation>已以新格式保存 %1（schema %2）。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::StepList</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>would change</source>
        <translation>将会更改</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>用时 %1 秒完成</translation>
    </message>
    <message>
        <source>already so, unchanged</source>
        <translation>已是目标状态，未更改</translation>
    </message>
</context>
<context>
    <name>odoodeploy::StepRunner</name>
    <message>
        <source>Cancelled; the remote process group was stopped.</source>
        <translation>已取消；远程进程组已停止。</translation>
    </message>
    <message>
        <source>Timed out after %1 s; the remote process group was stopped.</source>
        <translation>%1 秒后超时；远程进程组已停止。</translation>
    </message>
    <message>
        <source>Killed by signal %1.</source>
        <translation>被信号 %1 终止。</translation>
    </message>
    <message>
        <source>Failed with exit status %1.</source>
        <translation>失败，退出码为 %1。</translation>
    </message>
    <message>
        <source>sudo needs a password for this login.</source>
        <translation>此登录用户使用 sudo 需要密码。</translation>
    </message>
    <message>
        <source>sudo did not accept the password.</source>
        <translation>sudo 未接受该密码。</translation>
    </message>
    <message>
        <source>%1 to %2
</source>
        <translation>%1 到 %2
</translation>
    </message>
    <message>
        <source>%1 of %2 MiB
</source>
        <translation>%1 / %2 MiB
</translation>
    </message>
    <message>
        <source>%1 MiB fetched in %2 s
</source>
        <translation>%2 秒内获取了 %1 MiB
</translation>
    </message>
    <message>
        <source>Another odoo-deploy step still runs on this server; waited %1 s for it to end.</source>
        <translation>此服务器上仍有另一个 odoo-deploy 步骤在运行；已等待 %1 秒仍未结束。</translation>
    </message>
    <message>
        <source>Timed out after %1 s. The server did not answer, so the step&apos;s processes may still run there.</source>
        <translation>%1 秒后超时。服务器没有响应，该步骤的进程可能仍在服务器上运行。</translation>
    </message>
    <message>
        <source>Cancelled. The server did not answer, so the step&apos;s processes may still run there.</source>
        <translation>已取消。服务器没有响应，该步骤的进程可能仍在服务器上运行。</translation>
    </message>
    <message>
        <source>Timed out after %1 s.</source>
        <translation>%1 秒后超时。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::TopologyRun</name>
    <message>
        <source>The database password must be 16 to 128 letters, digits or . _ ~ + - (no spaces or quotes).</source>
        <translation>数据库密码必须由 16 到 128 个字母、数字或 . _ ~ + - 组成（不能有空格或引号）。</translation>
    </message>
    <message>
        <source>%1 servers in %2 phases (%3). Go ahead?</source>
        <translation>%1 台服务器，分 %2 个阶段（%3）。继续吗？</translation>
    </message>
    <message>
        <source>Nothing was changed: not confirmed.</source>
        <translation>未做任何更改：未确认。</translation>
    </message>
    <message>
        <source>There is no keychain to keep the database password of this deployment in.</source>
        <translation>没有可用于保存本部署数据库密码的钥匙串。</translation>
    </message>
    <message>
        <source>Made a new database password and kept it in the keychain.</source>
        <translation>已生成新的数据库密码并保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The database password of this deployment is needed: %1</source>
        <translation>需要本部署的数据库密码：%1</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>The password of the database role %1, the same on every run (a new deployment: choose one):</source>
        <translation>数据库角色 %1 的密码，每次运行都相同（新部署：请自选一个）：</translation>
    </message>
    <message>
        <source>Nothing was done: no database password was given.</source>
        <translation>未执行任何操作：未提供数据库密码。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; failed: %2</source>
        <translation>步骤“%1”失败：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Stopped: %1 did not finish.</source>
        <translation>已停止：%1 未完成。</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>未开始：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The keychain has no database password for this deployment; give the one its deployment set.</source>
        <translation>钥匙串中没有此部署的数据库密码；请输入部署时设置的密码。</translation>
    </message>
</context>
<context>
    <name>odoodeploy::UpkeepPage</name>
    <message>
        <source>Backups and staging</source>
        <translation>备份与预发布副本</translation>
    </message>
    <message>
        <source>Backups are folders below /var/backups/odoo-deploy on the server: the database as pg_dump wrote it and a tar of its filestore. A staging copy is a second database with its own service and site on the same server, for trying an update first.</source>
        <translation>备份是服务器上 /var/backups/odoo-deploy 下的文件夹：pg_dump 导出的数据库及其文件存储的 tar 包。预发布副本是同一服务器上的第二个数据库，有自己的服务和站点，用于先试行更新。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up &amp;every day, at (server time, HH:MM):</source>
        <translation>每天备份(&amp;E)，时间（服务器时间，HH:MM）：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <source>Staging copy</source>
        <translation>预发布副本</translation>
    </message>
    <message>
        <source>pg_dump | pg_restore while production runs</source>
        <translation>pg_dump | pg_restore，生产环境继续运行</translation>
    </message>
    <message>
        <source>createdb --template: faster, production stops for the copy</source>
        <translation>createdb --template：更快，复制期间生产环境停止</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Copied with:</source>
        <translation>复制方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Odoo&apos;s &amp;HTTP port:</source>
        <translation>Odoo 的 HTTP 端口(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Long polling / websocket port:</source>
        <translation>长轮询 / websocket 端口(&amp;L)：</translation>
    </message>
    <message>
        <source>Its own &amp;name (optional):</source>
        <translation>自己的域名(&amp;N)（可选）：</translation>
    </message>
    <message>
        <source>Else on &amp;port:</source>
        <translation>否则使用端口(&amp;P)：</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>Time of the daily backup</source>
        <translation>每日备份的时间</translation>
    </message>
</context>
<context>
    <name>odoodeploy::WorkersPage</name>
    <message>
        <source>Workers and service</source>
        <translation>工作进程与服务</translation>
    </message>
    <message>
        <source>How many Odoo worker processes to run, and their limits. Odoo&apos;s guidance: 2 × CPU + 1 workers, as far as RAM allows; one worker serves about 6 concurrent users.</source>
        <translation>运行多少个 Odoo 工作进程及其限制。Odoo 官方建议：在内存允许的范围内使用 2 × CPU + 1 个工作进程；每个工作进程约可服务 6 个并发用户。</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>服务器规格</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>推荐值(&amp;S)</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU 数：</translation>
    </message>
    <message>
        <source>RAM:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Detect on the server</source>
        <translation>在服务器上自动检测</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>SysV init script</source>
        <translation>SysV 启动脚本</translation>
    </message>
    <message>
        <source>&amp;Workers (0 = threaded):</source>
        <translation>工作进程(&amp;W)（0 = 多线程）：</translation>
    </message>
    <message>
        <source>&amp;Cron threads:</source>
        <translation>定时任务线程(&amp;C)：</translation>
    </message>
    <message>
        <source>Memory limit, &amp;soft:</source>
        <translation>内存软限制(&amp;S)：</translation>
    </message>
    <message>
        <source>Memory limit, &amp;hard:</source>
        <translation>内存硬限制(&amp;H)：</translation>
    </message>
    <message>
        <source>CPU time limit:</source>
        <translation>CPU 时间限制：</translation>
    </message>
    <message>
        <source>Real time limit:</source>
        <translation>实际时间限制：</translation>
    </message>
    <message>
        <source>Requests per worker:</source>
        <translation>每个进程的请求数：</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>服务名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Init system:</source>
        <translation>启动系统(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 Serves about %2 concurrent users.</source>
        <translation>%1 约可服务 %2 个并发用户。</translation>
    </message>
    <message>
        <source>From the server: %1 Press Suggest to use it.</source>
        <translation>来自服务器：%1 点击“推荐值”即可采用。</translation>
    </message>
    <message>
        <source>From the smallest app server looked at, %1 (each runs the same settings): %2 Press Suggest to use it.</source>
        <translation>根据已查看的最小应用服务器 %1（每台运行相同的设置）：%2 点击“推荐值”即可采用。</translation>
    </message>
</context>
</TS>
