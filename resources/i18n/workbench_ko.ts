<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="59" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>문제가 발생했습니다. 저장된 작업은 안전합니다. 자세한 내용은 로그 파일을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="50" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="56" />
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="62" />
        <source>Evidence</source>
        <translation>증빙 자료</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="72" />
        <source>No files yet.</source>
        <translation>아직 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="93" />
        <source>No customer recorded.</source>
        <translation>등록된 고객 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="100" />
        <source>Writes in %1</source>
        <translation>사용 언어: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="112" />
        <source>No order linked to this case.</source>
        <translation>이 문의에 연결된 주문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="116" />
        <source>Purchased</source>
        <translation>구매일</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Delivered</source>
        <translation>배송 완료일</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="121" />
        <source>Expected</source>
        <translation>도착 예정일</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="133" />
        <source>Fulfilment</source>
        <translation>풀필먼트</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="135" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="164" />
        <source>Added %1 by %2</source>
        <translation>%2님이 %1에 추가함</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="63" />
        <source>Select a case on the left to see it here.</source>
        <translation>왼쪽에서 문의를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="98" />
        <source>Unassigned</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="100" />
        <source>tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="111" />
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="112" />
        <source>&amp;Priority</source>
        <translation>우선순위(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="113" />
        <source>R&amp;eason</source>
        <translation>사유(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="114" />
        <source>&amp;Assignee</source>
        <translation>담당자(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>&amp;Tags</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="141" />
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="142" />
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="221" />
        <source>order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="225" />
        <source>opened %1</source>
        <translation>%1 접수</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="231" />
        <source>Escalated (level %1): %2</source>
        <translation>에스컬레이션됨(%1단계): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322" />
        <source>Reply saved.</source>
        <translation>답장을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="325" />
        <source>Note added.</source>
        <translation>메모를 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>문제가 발생하여 저장되지 않았습니다. 자세한 내용은 로그 파일을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>아직 메시지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>고객에게 보낼 답장이나 팀 내부 메모를 입력하세요…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>답장 보내기</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>고객에게 보낼 답장 저장 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>내부 메모 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>메모는 팀원만 볼 수 있습니다 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>먼저 내용을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>내부 메모 작성 중</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>답장 작성 중</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="21" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="30" />
        <source>Case created</source>
        <translation>문의 생성됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="37" />
        <source>Case changed</source>
        <translation>문의 변경됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="39" />
        <source>Case deleted</source>
        <translation>문의 삭제됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="43" />
        <source>Message from the customer</source>
        <translation>고객 메시지</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Internal note written</source>
        <translation>내부 메모 작성됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Draft reply saved</source>
        <translation>답장 초안 저장됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="48" />
        <source>Reply written</source>
        <translation>답장 작성됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>File added: %1</source>
        <translation>파일 추가됨: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Tag removed: %1</source>
        <translation>태그 삭제됨: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Tag added: %1</source>
        <translation>태그 추가됨: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="67" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="68" />
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="310" />
        <source>Escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="312" />
        <source>Waiting for our answer</source>
        <translation>답변 필요</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="63" />
        <source>Case</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="64" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="65" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="66" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="67" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Lang.</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="31" />
        <source>All open</source>
        <translation>미해결 전체</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="32" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="33" />
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="34" />
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="35" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="62" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>문의 검색…  (예: 벨트  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="65" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>제목, 메시지, 고객 이름, 주문 번호의 일부를 입력하세요.
필터: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="170" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="175" />
        <source>No case matches this search.</source>
        <translation>검색 조건에 맞는 문의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="177" />
        <source>No cases in this view.</source>
        <translation>이 보기에 문의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="179" />
        <source>1 case</source>
        <translation>문의 1건</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="182" />
        <source>%1 cases</source>
        <translation>문의 %1건</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>제3자 응답 대기</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>사이즈 불일치</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>상품 정보 상이</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>상품 불량</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>배송 중 파손</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>구성품 누락</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>미수령</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>배송 지연</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>교환</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>계정 접속</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>답장</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>임시 저장(보내지 않음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>저장됨(발송 대기)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>발송 실패</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>운송장</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>스크린샷</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>마켓플레이스 메시지</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>회신 전화</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>포럼</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>에스컬레이션 단계</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>에스컬레이션 사유</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43" />
        <source>Support Workbench</source>
        <translation>Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Case</source>
        <translation>문의(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;Reply</source>
        <translation>답장(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Internal &amp;note</source>
        <translation>내부 메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Ne&amp;xt case</source>
        <translation>다음 문의(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>&amp;Previous case</source>
        <translation>이전 문의(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Set &amp;status</source>
        <translation>상태 변경(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>&amp;About Support Workbench</source>
        <translation>Support Workbench 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Search cases</source>
        <translation>문의 검색</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Next case</source>
        <translation>다음 문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Previous case</source>
        <translation>이전 문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>Write a reply</source>
        <translation>답장 작성</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159" />
        <source>Write an internal note</source>
        <translation>내부 메모 작성</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160" />
        <source>Send the reply</source>
        <translation>답장 보내기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>Add the note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Switch inbox view</source>
        <translation>받은편지함 보기 전환</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>Set status: open / waiting / resolved</source>
        <translation>상태 변경: 진행 중 / 대기 / 해결됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174" />
        <source>About Support Workbench</source>
        <translation>Support Workbench 정보</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
프로필: %2</translation>
    </message>
</context>
</TS>
