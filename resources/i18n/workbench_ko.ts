<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="62" />
        <source>Upgrading your data to this version of Support Workbench…
A backup copy is made first; this can take a minute.</source>
        <translation>이 버전의 Support Workbench에 맞게 데이터를 업그레이드하는 중…
먼저 백업 사본을 만듭니다. 1분 정도 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="109" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>문제가 발생했습니다. 저장된 작업은 안전합니다. 자세한 내용은 로그 파일을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="51" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="57" />
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="63" />
        <source>Evidence</source>
        <translation>증빙 자료</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="73" />
        <source>No files yet.</source>
        <translation>아직 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="96" />
        <source>No customer recorded.</source>
        <translation>등록된 고객 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="103" />
        <source>Writes in %1</source>
        <translation>사용 언어: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="115" />
        <source>No order linked to this case.</source>
        <translation>이 문의에 연결된 주문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Purchased</source>
        <translation>구매일</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="122" />
        <source>Delivered</source>
        <translation>배송 완료일</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="124" />
        <source>Expected</source>
        <translation>도착 예정일</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="136" />
        <source>Fulfilment</source>
        <translation>풀필먼트</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="138" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="167" />
        <source>Added %1 by %2</source>
        <translation>%2님이 %1에 추가함</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="74" />
        <source>Select a case on the left to see it here.</source>
        <translation>왼쪽에서 문의를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>Unassigned</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123" />
        <source>tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="134" />
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="135" />
        <source>&amp;Priority</source>
        <translation>우선순위(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="136" />
        <source>R&amp;eason</source>
        <translation>사유(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="137" />
        <source>&amp;Assignee</source>
        <translation>담당자(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="144" />
        <source>&amp;Tags</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="169" />
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="170" />
        <source>Deadlines</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="267" />
        <source>order %1</source>
        <translation>주문 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="271" />
        <source>opened %1</source>
        <translation>%1 접수</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="419" />
        <source>Reply saved.</source>
        <translation>답장을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="422" />
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
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="57" />
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="58" />
        <source>Due soon</source>
        <translation>기한 임박</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="59" />
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="60" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="69" />
        <source>Escalate the case</source>
        <translation>문의 에스컬레이션</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="79" />
        <source>Why, and what you expect from them (required)</source>
        <translation>사유와 상대방에게 요청할 사항 (필수)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="83" />
        <source>Escalate</source>
        <translation>에스컬레이션</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="89" />
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="90" />
        <source>To</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="91" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="99" />
        <source>Say why you escalate it.</source>
        <translation>에스컬레이션 사유를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="136" />
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="137" />
        <source>Due</source>
        <translation>마감 일시</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="138" />
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="139" />
        <source>How it counts</source>
        <translation>계산 방식</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="142" />
        <source>Escalate…</source>
        <translation>에스컬레이션…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="144" />
        <source>Take back my escalation</source>
        <translation>내 에스컬레이션 취소</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="146" />
        <source>No reply needed</source>
        <translation>답장 불필요</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="148" />
        <source>The buyer's last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>구매자의 마지막 메시지에 답장이 필요 없을 때(예: 감사 인사) 답장 기한 카운트를 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="154" />
        <source>Record…</source>
        <translation>기록…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="156" />
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>마켓플레이스가 알려 온 주문 상황을 지금 시각으로 기록</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="161" />
        <source>The buyer asked to return it</source>
        <translation>구매자가 반품을 요청함</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="162" />
        <source>The returned item arrived</source>
        <translation>반품 상품 도착</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="163" />
        <source>Refund issued</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="164" />
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="165" />
        <source>A-to-z claim filed</source>
        <translation>A-to-z 보증 클레임 접수</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="166" />
        <source>Chargeback raised</source>
        <translation>지불 거절 발생</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="167" />
        <source>Negative feedback left</source>
        <translation>부정적 피드백 등록</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="186" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="187" />
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="188" />
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="196" />
        <source>Escalation history</source>
        <translation>에스컬레이션 이력</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="210" />
        <source>Reason changed</source>
        <translation>사유 변경됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="216" />
        <source>Workbench (automatic)</source>
        <translation>Workbench(자동)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="246" />
        <source>Nothing needs escalating.</source>
        <translation>에스컬레이션할 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="29" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Case created</source>
        <translation>문의 생성됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Case changed</source>
        <translation>문의 변경됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Case deleted</source>
        <translation>문의 삭제됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>Message from the customer</source>
        <translation>고객 메시지</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="53" />
        <source>Internal note written</source>
        <translation>내부 메모 작성됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Draft reply saved</source>
        <translation>답장 초안 저장됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Reply written</source>
        <translation>답장 작성됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="59" />
        <source>File added: %1</source>
        <translation>파일 추가됨: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="63" />
        <source>Tag removed: %1</source>
        <translation>태그 삭제됨: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="64" />
        <source>Tag added: %1</source>
        <translation>태그 추가됨: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="75" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="77" />
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="342" />
        <source>Escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="344" />
        <source>Waiting for our answer</source>
        <translation>답변 필요</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Case</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="72" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="73" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="74" />
        <source>Lang.</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="75" />
        <source>Marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="76" />
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="77" />
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="40" />
        <source>All open</source>
        <translation>미해결 전체</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="41" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="42" />
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="43" />
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="44" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="45" />
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="46" />
        <source>Due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="47" />
        <source>Escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="76" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>문의 검색…  (예: 벨트  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="79" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>제목, 메시지, 고객 이름, 주문 번호의 일부를 입력하세요.
필터: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="192" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="197" />
        <source>No case matches this search.</source>
        <translation>검색 조건에 맞는 문의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="199" />
        <source>No cases in this view.</source>
        <translation>이 보기에 문의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="201" />
        <source>1 case</source>
        <translation>문의 1건</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="204" />
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
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Agent's escalation</source>
        <translation>담당자 에스컬레이션</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98" />
        <source>Agent's reason</source>
        <translation>담당자 사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99" />
        <source>Escalated to</source>
        <translation>에스컬레이션 대상</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="46" />
        <source>Support Workbench</source>
        <translation>Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;New case…</source>
        <translation>새 문의(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>&amp;Case</source>
        <translation>문의(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>&amp;Reply</source>
        <translation>답장(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Internal &amp;note</source>
        <translation>내부 메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>Ne&amp;xt case</source>
        <translation>다음 문의(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>&amp;Previous case</source>
        <translation>이전 문의(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>Set &amp;status</source>
        <translation>상태 변경(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134" />
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;About Support Workbench</source>
        <translation>Support Workbench 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Search cases</source>
        <translation>문의 검색</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Next case</source>
        <translation>다음 문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>Previous case</source>
        <translation>이전 문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Write a reply</source>
        <translation>답장 작성</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Write an internal note</source>
        <translation>내부 메모 작성</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>Send the reply</source>
        <translation>답장 보내기</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Add the note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Switch inbox view</source>
        <translation>받은편지함 보기 전환</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>Set status: open / waiting / resolved</source>
        <translation>상태 변경: 진행 중 / 대기 / 해결됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>Case %1 created.</source>
        <translation>문의 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>About Support Workbench</source>
        <translation>Support Workbench 정보</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
프로필: %2</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="29" />
        <source>New case</source>
        <translation>새 문의</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="33" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="47" />
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="51" />
        <source>What the buyer said</source>
        <translation>구매자가 한 말</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="58" />
        <source>Create case</source>
        <translation>문의 만들기</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="62" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="63" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="64" />
        <source>Marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="65" />
        <source>Order id</source>
        <translation>주문 번호</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="66" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="67" />
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="68" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="69" />
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="78" />
        <source>Give the case a subject.</source>
        <translation>문의 제목을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/policy_text.py" line="40" />
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>배송 완료일(%2)부터 %1 (%3까지).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="45" />
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>배송 완료일을 알 수 없어 최종 도착 예정일(%2)부터 %1을 계산합니다(%3까지).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="54" />
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>예상 도착일(%2)이 아닌 배송 완료일(%1)을 기준으로 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="59" />
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1: 공휴일(%2)이지만 반품 기간은 그대로 달력 기준 일수로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="66" />
        <source>Category %1 has a return window of %2.</source>
        <translation>%1 카테고리의 반품 기간은 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="71" />
        <source>Category %1 follows the general rule of %2.</source>
        <translation>%1 카테고리는 일반 규정(%2)을 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="76" />
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>%1 카테고리의 단축 규정은 %2 이후 주문에 적용되며, 이 주문은 기존 %3이 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="83" />
        <source>Your shop's policy extends the marketplace's %1 to %2.</source>
        <translation>쇼핑몰 정책에 따라 마켓플레이스 기본 기간 %1이 %2로 연장됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="88" />
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>%1~%2 구매 건: 연말 연휴 반품 정책에 따라 기한이 %3까지 연장됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="96" />
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>연말 연휴 반품 정책상 %1까지 반품할 수 있지만, 일반 반품 기간이 더 늦게 끝납니다(%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="105" />
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>%1~%2에 구매한 주문은 %3까지 반품할 수 있습니다. 확인하려면 구매일을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="114" />
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>이 마켓플레이스에서 %1 카테고리는 교환만 가능한 경우가 많습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="119" />
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>법정 청약 철회 기간(%1)이 %2까지로 마켓플레이스 반품 기간보다 길어 법정 기간이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="128" />
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>법정 청약 철회 기간(%1)은 %2에 끝나므로 더 긴 반품 기간이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="135" />
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>이 수치는 제3자가 보고한 것으로 마켓플레이스에서 확인되지 않았습니다. 사용하기 전에 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="142" />
        <source>Today is the last day to start a return.</source>
        <translation>오늘이 반품 신청 마지막 날입니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="143" />
        <source>%1 left to start a return.</source>
        <translation>반품 신청 기한이 %1 남았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="146" />
        <source>The return window closed on %1, %2 ago.</source>
        <translation>반품 기간이 %1에 종료되었습니다(%2 전).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="154" />
        <source>Reply to the buyer</source>
        <translation>구매자에게 답장</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="155" />
        <source>Answer the return request</source>
        <translation>반품 요청에 응답</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="156" />
        <source>Refund the returned item</source>
        <translation>반품 상품 환불</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="157" />
        <source>Answer the A-to-z claim</source>
        <translation>A-to-z 보증 클레임 대응</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="158" />
        <source>Answer the chargeback</source>
        <translation>지불 거절 클레임 대응</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="159" />
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>A-to-z 보증 클레임 제기 가능 전에 해결</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="167" />
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>영업일 %1일 (주말·공휴일 제외)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="178" />
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, 달력 기준 (주말 포함)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="179" />
        <source>calendar days</source>
        <translation>달력 기준 일수</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="184" />
        <source>Shop owner or lead</source>
        <translation>대표 또는 팀장</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="185" />
        <source>Marketplace seller support</source>
        <translation>마켓플레이스 판매자 지원팀</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="186" />
        <source>Carrier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="187" />
        <source>Supplier or factory</source>
        <translation>공급업체 또는 공장</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="193" />
        <source>Not escalated</source>
        <translation>에스컬레이션 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="194" />
        <source>Needs attention</source>
        <translation>주의 필요</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="195" />
        <source>Escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="196" />
        <source>Critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="205" />
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>구매자가 %2 동안 %1회 문의했으나 답변 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="209" />
        <source>An A-to-z claim was filed</source>
        <translation>A-to-z 보증 클레임이 접수됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="211" />
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>A-to-z 위험: 최종 도착 예정일이 지나 구매자가 이제 클레임을 제기할 수 있음</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="215" />
        <source>A chargeback was raised</source>
        <translation>지불 거절 클레임이 접수됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="217" />
        <source>Negative feedback on the order</source>
        <translation>주문에 부정적인 피드백</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="219" />
        <source>High-value order</source>
        <translation>고액 주문</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="221" />
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>구매자가 안전 문제를 언급함(%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="225" />
        <source>Escalated by an agent to %1: %2</source>
        <translation>상담원이 에스컬레이션함(대상: %1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="226" />
        <source>Escalated by an agent: %1</source>
        <translation>상담원이 에스컬레이션함: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="228" />
        <source>Overdue: %1</source>
        <translation>기한 초과: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="230" />
        <source>Due soon: %1</source>
        <translation>기한 임박: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="237" />
        <source>in %1</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="238" />
        <source>%1 overdue</source>
        <translation>%1 초과</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="59" />
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="62" />
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>이 이름에 배정된 문의가 '내 담당' 보기에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="65" />
        <source>The system's language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="71" />
        <source>A new language applies the next time the workbench starts.</source>
        <translation>새 언어는 프로그램을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="82" />
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="83" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="97" />
        <source>Return window</source>
        <translation>반품 기간</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="115" />
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="124" />
        <source>last day today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="126" />
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="129" />
        <source>Open</source>
        <translation>반품 가능</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="134" />
        <source>Closed %1 ago</source>
        <translation>%1 전에 마감됨</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="138" />
        <source>Last day to start a return: %1</source>
        <translation>반품 신청 마감일: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="143" />
        <source>delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="145" />
        <source>expected</source>
        <translation>도착 예정</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="154" />
        <source>today</source>
        <translation>오늘</translation>
    </message>
</context>
</TS>
