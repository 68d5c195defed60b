var De=globalThis,ve=De.trustedTypes,Je=ve?ve.createPolicy("lit-html",{createHTML:t=>t}):void 0,Xe="$lit$",Z=`lit$${Math.random().toFixed(9).slice(2)}$`,Qe="?"+Z,xt=`<${Qe}>`,ee=document,le=()=>ee.createComment(""),de=t=>t===null||typeof t!="object"&&typeof t!="function",Ne=Array.isArray,Rt=t=>Ne(t)||typeof t?.[Symbol.iterator]=="function",xe=`[ 	
\f\r]`,ie=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,We=/-->/g,Ge=/>/g,X=RegExp(`>|${xe}(?:([^\\s"'>=/]+)(${xe}*=${xe}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ke=/'/g,Ze=/"/g,et=/^(?:script|style|textarea|title)$/i,je=t=>(e,...n)=>({_$litType$:t,strings:e,values:n}),s=je(1),Xt=je(2),Qt=je(3),ce=Symbol.for("lit-noChange"),b=Symbol.for("lit-nothing"),Ye=new WeakMap,Q=ee.createTreeWalker(ee,129);function tt(t,e){if(!Ne(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Je!==void 0?Je.createHTML(e):e}var Ct=(t,e)=>{let n=t.length-1,a=[],r,o=e===2?"<svg>":e===3?"<math>":"",l=ie;for(let v=0;v<n;v++){let p=t[v],h,c,$=-1,x=0;for(;x<p.length&&(l.lastIndex=x,c=l.exec(p),c!==null);)x=l.lastIndex,l===ie?c[1]==="!--"?l=We:c[1]!==void 0?l=Ge:c[2]!==void 0?(et.test(c[2])&&(r=RegExp("</"+c[2],"g")),l=X):c[3]!==void 0&&(l=X):l===X?c[0]===">"?(l=r??ie,$=-1):c[1]===void 0?$=-2:($=l.lastIndex-c[2].length,h=c[1],l=c[3]===void 0?X:c[3]==='"'?Ze:Ke):l===Ze||l===Ke?l=X:l===We||l===Ge?l=ie:(l=X,r=void 0);let k=l===X&&t[v+1].startsWith("/>")?" ":"";o+=l===ie?p+xt:$>=0?(a.push(h),p.slice(0,$)+Xe+p.slice($)+Z+k):p+Z+($===-2?v:k)}return[tt(t,o+(t[n]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),a]},me=class t{constructor({strings:e,_$litType$:n},a){let r;this.parts=[];let o=0,l=0,v=e.length-1,p=this.parts,[h,c]=Ct(e,n);if(this.el=t.createElement(h,a),Q.currentNode=this.el.content,n===2||n===3){let $=this.el.content.firstChild;$.replaceWith(...$.childNodes)}for(;(r=Q.nextNode())!==null&&p.length<v;){if(r.nodeType===1){if(r.hasAttributes())for(let $ of r.getAttributeNames())if($.endsWith(Xe)){let x=c[l++],k=r.getAttribute($).split(Z),m=/([.?@])?(.*)/.exec(x);p.push({type:1,index:o,name:m[2],strings:k,ctor:m[1]==="."?Ce:m[1]==="?"?Ie:m[1]==="@"?Fe:re}),r.removeAttribute($)}else $.startsWith(Z)&&(p.push({type:6,index:o}),r.removeAttribute($));if(et.test(r.tagName)){let $=r.textContent.split(Z),x=$.length-1;if(x>0){r.textContent=ve?ve.emptyScript:"";for(let k=0;k<x;k++)r.append($[k],le()),Q.nextNode(),p.push({type:2,index:++o});r.append($[x],le())}}}else if(r.nodeType===8)if(r.data===Qe)p.push({type:2,index:o});else{let $=-1;for(;($=r.data.indexOf(Z,$+1))!==-1;)p.push({type:7,index:o}),$+=Z.length-1}o++}}static createElement(e,n){let a=ee.createElement("template");return a.innerHTML=e,a}};function ne(t,e,n=t,a){if(e===ce)return e;let r=a!==void 0?n._$Co?.[a]:n._$Cl,o=de(e)?void 0:e._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),o===void 0?r=void 0:(r=new o(t),r._$AT(t,n,a)),a!==void 0?(n._$Co??=[])[a]=r:n._$Cl=r),r!==void 0&&(e=ne(t,r._$AS(t,e.values),r,a)),e}var Re=class{constructor(e,n){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:n},parts:a}=this._$AD,r=(e?.creationScope??ee).importNode(n,!0);Q.currentNode=r;let o=Q.nextNode(),l=0,v=0,p=a[0];for(;p!==void 0;){if(l===p.index){let h;p.type===2?h=new ue(o,o.nextSibling,this,e):p.type===1?h=new p.ctor(o,p.name,p.strings,this,e):p.type===6&&(h=new Ee(o,this,e)),this._$AV.push(h),p=a[++v]}l!==p?.index&&(o=Q.nextNode(),l++)}return Q.currentNode=ee,r}p(e){let n=0;for(let a of this._$AV)a!==void 0&&(a.strings!==void 0?(a._$AI(e,a,n),n+=a.strings.length-2):a._$AI(e[n])),n++}},ue=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,n,a,r){this.type=2,this._$AH=b,this._$AN=void 0,this._$AA=e,this._$AB=n,this._$AM=a,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,n=this._$AM;return n!==void 0&&e?.nodeType===11&&(e=n.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,n=this){e=ne(this,e,n),de(e)?e===b||e==null||e===""?(this._$AH!==b&&this._$AR(),this._$AH=b):e!==this._$AH&&e!==ce&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Rt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==b&&de(this._$AH)?this._$AA.nextSibling.data=e:this.T(ee.createTextNode(e)),this._$AH=e}$(e){let{values:n,_$litType$:a}=e,r=typeof a=="number"?this._$AC(e):(a.el===void 0&&(a.el=me.createElement(tt(a.h,a.h[0]),this.options)),a);if(this._$AH?._$AD===r)this._$AH.p(n);else{let o=new Re(r,this),l=o.u(this.options);o.p(n),this.T(l),this._$AH=o}}_$AC(e){let n=Ye.get(e.strings);return n===void 0&&Ye.set(e.strings,n=new me(e)),n}k(e){Ne(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,a,r=0;for(let o of e)r===n.length?n.push(a=new t(this.O(le()),this.O(le()),this,this.options)):a=n[r],a._$AI(o),r++;r<n.length&&(this._$AR(a&&a._$AB.nextSibling,r),n.length=r)}_$AR(e=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);e!==this._$AB;){let a=e.nextSibling;e.remove(),e=a}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},re=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,n,a,r,o){this.type=1,this._$AH=b,this._$AN=void 0,this.element=e,this.name=n,this._$AM=r,this.options=o,a.length>2||a[0]!==""||a[1]!==""?(this._$AH=Array(a.length-1).fill(new String),this.strings=a):this._$AH=b}_$AI(e,n=this,a,r){let o=this.strings,l=!1;if(o===void 0)e=ne(this,e,n,0),l=!de(e)||e!==this._$AH&&e!==ce,l&&(this._$AH=e);else{let v=e,p,h;for(e=o[0],p=0;p<o.length-1;p++)h=ne(this,v[a+p],n,p),h===ce&&(h=this._$AH[p]),l||=!de(h)||h!==this._$AH[p],h===b?e=b:e!==b&&(e+=(h??"")+o[p+1]),this._$AH[p]=h}l&&!r&&this.j(e)}j(e){e===b?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},Ce=class extends re{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===b?void 0:e}},Ie=class extends re{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==b)}},Fe=class extends re{constructor(e,n,a,r,o){super(e,n,a,r,o),this.type=5}_$AI(e,n=this){if((e=ne(this,e,n,0)??b)===ce)return;let a=this._$AH,r=e===b&&a!==b||e.capture!==a.capture||e.once!==a.once||e.passive!==a.passive,o=e!==b&&(a===b||r);r&&this.element.removeEventListener(this.name,this,a),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ee=class{constructor(e,n,a){this.element=e,this.type=6,this._$AN=void 0,this._$AM=n,this.options=a}get _$AU(){return this._$AM._$AU}_$AI(e){ne(this,e)}};var It=De.litHtmlPolyfillSupport;It?.(me,ue),(De.litHtmlVersions??=[]).push("3.3.1");var F=(t,e,n)=>{let a=n?.renderBefore??e,r=a._$litPart$;if(r===void 0){let o=n?.renderBefore??null;a._$litPart$=r=new ue(e.insertBefore(le(),o),o,void 0,n??{})}return r._$AI(t),r};var Ft="planner_lang";function B(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function nt(t){document.cookie=`${Ft}=${t}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=t}function I(t){return(e,n)=>{let a=t[e],r=a?a[B()==="en"?1:0]||a[0]:e;if(n)for(let[o,l]of Object.entries(n))r=r.replaceAll(`{${o}}`,String(l));return r}}function Pe(){return B()==="en"?"en-GB":"da-DK"}var E=class extends Error{constructor(n,a,r,o,l,v=""){super(r||a);this.status=n;this.title=a;this.detail=r;this.fields=o;this.type=l;this.code=v}reason(n){return this.fields.find(a=>a.field===n)?.reason??""}},rt="";function at(t){rt=t}async function ot(t,e,n){let a={Accept:"application/json"};n!==void 0&&(a["Content-Type"]="application/json"),t!=="GET"&&t!=="HEAD"&&(a["X-CSRF-Token"]=rt);let r=await fetch(e,{method:t,headers:a,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(r.status===401)throw window.location.assign(`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new E(401,"Not signed in","",[],"/problems/unauthenticated");if(!r.ok)throw await Et(r);if(r.status!==204)return await r.json()}async function Et(t){let e={};try{e=await t.json()}catch{}let n=B()==="da",a=n&&e.title_da||e.title||t.statusText,r=n&&e.detail_da||e.detail||"",o=e.field?[{field:e.field,reason:r}]:[];return new E(t.status,a,r,o,e.type??"",e.code??"")}var R=t=>ot("GET",t),W=(t,e)=>ot("POST",t,e);function Le(t){let e=new URLSearchParams;for(let[a,r]of Object.entries(t))r==null||r===""||Array.isArray(r)&&r.length===0||e.set(a,Array.isArray(r)?r.join(","):String(r));let n=e.toString();return n?`?${n}`:""}var $e=class{constructor(e,n,a,r,o){this.routes=e;this.me=n;this.main=a;this.notFound=r;this.onChange=o;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",l=>this.intercept(l))}current;navigate(e,n=!1){n?history.replaceState(null,"",e):history.pushState(null,"",e),this.show(!0)}async show(e){this.current?.abort();let n=new AbortController;this.current=n;let{route:a,params:r}=this.match(location.pathname),o=document.createElement("div");o.className="planner-screen";let l={me:this.me,main:o,params:r,query:new URLSearchParams(location.search),signal:n.signal,navigate:(v,p)=>this.navigate(v,p),every:(v,p)=>{let h=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&p()},v);n.signal.addEventListener("abort",()=>window.clearInterval(h))}};if(this.main.replaceChildren(o),document.title=`${a.title()} — Planner`,this.onChange(location.pathname),await a.render(l),e&&!n.signal.aborted){let v=this.main.querySelector("h1");v&&(v.setAttribute("tabindex","-1"),v.focus())}}match(e){for(let n of this.routes){let a=n.path.split("/"),r=e.replace(/\/+$/,"").split("/");if(n.path==="/"&&(e==="/"||e===""))return{route:this.allowed(n),params:{}};if(a.length!==r.length)continue;let o={};if(a.every((l,v)=>l.startsWith(":")?(o[l.slice(1)]=decodeURIComponent(r[v]),r[v]!==""):l===r[v]))return{route:this.allowed(n),params:o}}return{route:this.notFound,params:{}}}allowed(e){return!e.roles||e.roles.includes(this.me.role)?e:this.notFound}intercept(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let n=e.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(e.preventDefault(),this.navigate(n.pathname+n.search))}};var He=I({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),pe="Europe/Copenhagen";function Dt(t){return t instanceof E?t.detail?t.detail:t.title:t instanceof TypeError?He("error.network"):String(t)}function D(t){return t?s`<div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">${t instanceof E?t.title:He("error.heading")}</p>
      <p class="alert-text">${Dt(t)}</p>
    </div>
  </div>`:b}function ye(t){return t?s`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${t}</p></div></div>`:b}function Y(t,e,n){if(!(t instanceof E))return b;let a=t.reason(e);return a?s`<span class="form-error-message" id="${n}-error">${a}</span>`:b}function G(t,e){return t instanceof E&&t.reason(e)!==""}function fe(t){let e=document.getElementById("announce");e&&(e.textContent="",window.setTimeout(()=>e.textContent=t,50))}function ke(t){return new Promise(e=>{let n=document.createElement("dialog");n.className="fds-modal planner-dialog",n.setAttribute("aria-labelledby","dialog-title"),document.body.append(n);let a=r=>{n.close(),n.remove(),e(r)};n.addEventListener("cancel",r=>{r.preventDefault(),a(!1)}),F(s`<div class="modal-content">
        <div class="modal-header"><h2 class="modal-heading" id="dialog-title">${t.title}</h2></div>
        <div class="modal-body">${typeof t.body=="string"?s`<p>${t.body}</p>`:t.body}</div>
        <div class="modal-footer">
          <button class="button ${t.danger?"button-primary planner-danger":"button-primary"}" type="button" data-ok @click=${()=>a(!0)}>${t.ok}</button>
          <button class="button button-secondary" type="button" @click=${()=>a(!1)}>${t.cancel??He("dialog.cancel")}</button>
        </div>
      </div>`,n),n.showModal(),n.querySelector("[data-ok]")?.focus()})}function H(t){if(!t)return"";let e=typeof t=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(t)?new Date(`${t}T12:00:00Z`):new Date(t);return new Intl.DateTimeFormat(Pe(),{day:"numeric",month:"short",year:"numeric",timeZone:pe}).format(e)}function O(t){return new Intl.DateTimeFormat(Pe(),{hour:"2-digit",minute:"2-digit",timeZone:pe}).format(new Date(t))}function U(t){return t?`${H(t)} ${O(t)}`:""}function st(t){return new Intl.DateTimeFormat("sv-SE",{timeZone:pe}).format(t)}var z=I({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),it={path:"/",title:()=>z("title"),async render(t){let e=[],n=(r,o)=>{let l=(r?.frontPage.absentNow??[]).map(v=>e.find(p=>p.id===v)?.name??`#${v}`);F(s`<h1>${z("title")}</h1>
          ${D(o)}
          ${r?s`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${z("absent")}</h2>
                    ${l.length===0?s`<p>${z("noneAbsent")}</p>`:s`<ul class="planner-absent">
                          ${l.map(v=>s`<li>${v}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${z("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${z("notSent")}</dt><dd data-count="notSent">${r.frontPage.notSent}</dd></div>
                      <div><dt>${z("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${r.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${z("deadline")}</dt><dd data-count="deadlineExceeded">${r.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${z("pending")}</a>: <span data-count="pendingCounter">${z("pendingCount",{n:r.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${z("updated",{time:O(r.at)})}</p>`:""}`,t.main)},a=async()=>{try{let[r,o]=await Promise.all([R("/api/advisors"),R("/api/front-page")]);e=r.advisors,n(o)}catch(r){n(void 0,r)}};await a(),t.every(1e4,a)}};var K=I({"jobnet.pending":["Afventer","Waiting"],"jobnet.done":["Synkroniseret","Synced"],"jobnet.failed":["Fejlet","Failed"],"state.pending":["Internt oprettet","Created internally"],"state.sent":["Eksternt kommunikeret","Sent"],"channel.digital":["Digitalt","Digital"],"channel.in_person":["Personligt fremmøde","In person"],"channel.phone":["Telefonisk","By phone"],"form.individual":["Individuelt møde","Individual meeting"],"form.group":["Fællesmøde","Group meeting"],deadlineExceeded:["Frist overskredet","Deadline exceeded"],seenOn:["Set af borgeren {date}","Seen by the citizen {date}"],yes:["Ja","Yes"],no:["Nej","No"]});function Me(t){let e={};for(let[n,a]of Object.entries(t))a!==void 0&&a!==""&&!(Array.isArray(a)&&a.length===0)&&(e[n]=a);return W("/api/summonses/query",e)}var Nt=t=>K(`jobnet.${t}`),we=t=>K(`state.${t}`),Ae=t=>t?K(`channel.${t}`):"",Te=t=>K(`form.${t}`),ae=t=>K(t?"yes":"no");function ge(t){return t.deadlineExceeded?s`<span class="planner-icon planner-icon--deadline" role="img" aria-label=${K("deadlineExceeded")} title=${K("deadlineExceeded")}>!</span>`:b}function he(t){if(!t.seenAt)return b;let e=K("seenOn",{date:H(t.seenAt)});return s`<span class="planner-icon planner-icon--seen" role="img" aria-label=${e} title=${e}>✓</span>`}function oe(t){return s`<span class="planner-sync planner-sync--${t.jobnet}">${Nt(t.jobnet)}</span>`}var u=I({"title.pending":["Afventerliste","Pending list"],"title.follow_up":["Opfølgningsliste","Follow-up list"],"intro.pending":["Indkaldelser, der er oprettet internt og endnu ikke sendt til Jobnet. Markeres en indkaldelse til et fællesmøde, markeres alle mødets deltagere.","Summonses created internally and not yet sent to Jobnet. Selecting a group meeting's summons selects all its participants."],"intro.follow_up":["Indkaldelser, der er sendt til Jobnet: én række pr. borger pr. indkaldelse.","Summonses sent to Jobnet: one row per citizen per summons."],tabs:["Lister over indkaldelser","Summons lists"],counter:["{n} afventende møder fra i dag","{n} pending meetings from today"],filters:["Filtrér","Filter"],search:["Søg på indkaldelsesnr., navn eller CPR-nr.","Search by summons no., name or CPR no."],searchHint:["Søgningen gemmes ikke i adressen.","The search is not kept in the address."],searchButton:["Søg","Search"],dateField:["Datofelt","Date field"],"dateField.none":["Ingen datofiltrering","No date filter"],"dateField.meeting":["Indkaldelsesdato","Summons date"],"dateField.holding_deadline":["Afholdelsesfrist","Holding deadline"],"dateField.sent":["Sendt til Jobnet","Sent to Jobnet"],from:["Fra","From"],to:["Til","To"],team:["Team (med underteams)","Team (with sub-teams)"],advisor:["Ansvarlig vejleder","Responsible advisor"],type:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],channel:["Afholdelsesform","Channel"],deadline:["Frist overskredet","Deadline exceeded"],seen:["Set af borgeren","Seen by the citizen"],status:["Status","Status"],"status.all":["Alle møder","All meetings"],"status.current":["Skjul gamle møder","Hide old meetings"],all:["Alle","All"],yes:["Ja","Yes"],no:["Nej","No"],reset:["Nulstil","Reset"],"col.select":["Vælg","Select"],"col.number":["Indkaldelsesnr.","Summons no."],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.date":["Indkaldelsesdato","Summons date"],"col.rebook":["Ombookingsfrist","Rebook deadline"],"col.holding":["Afholdelsesfrist","Holding deadline"],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.advisors":["Vejledere","Advisors"],"col.room":["Lokale","Room"],"col.summoner":["Indkalder","Summoner"],"col.type":["Type","Type"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.jobnetAt":["Jobnet sync dato","Jobnet sync date"],"col.inCalendar":["Overført til kalender","Transferred to calendar"],sortNone:[", klik for at sortere",", click to sort"],sortAsc:[", sorteret stigende",", sorted ascending"],sortDesc:[", sorteret faldende",", sorted descending"],selectAll:["Vælg alle","Select all"],selectRow:["Vælg {number} {name}","Select {number} {name}"],selected:["{n} valgt","{n} selected"],noneSelected:["Ingen rækker valgt","No rows selected"],groupSelected:["Fællesmøde: alle {n} deltagere er valgt","Group meeting: all {n} participants selected"],groupDeselected:["Fællesmøde: alle {n} deltagere er fravalgt","Group meeting: all {n} participants deselected"],send:["Indkald valgte","Send selected"],delete:["Slet valgte","Delete selected"],sent:["{n} indkaldelser er sendt til Jobnet.","{n} summonses were sent to Jobnet."],deleted:["{n} indkaldelser er slettet.","{n} summonses were deleted."],confirmTitle:["Slet internt oprettede aftaler","Delete summonses created internally"],confirmBody:["Er du sikker på, at du vil slette de {n} valgte internt oprettede aftaler? Det kan ikke fortrydes.","Are you sure you want to delete the {n} selected summonses created internally? This cannot be undone."],confirmOk:["Slet","Delete"],rows:["Viser {first}–{last} af {total} rækker","Showing {first}–{last} of {total} rows"],noRows:["Ingen indkaldelser passer til filtreringen.","No summonses match the filter."],loading:["Henter …","Loading …"],perPage:["Rækker pr. side","Rows per page"],paging:["Skift side i tabellen","Change the table's page"],prev:["Forrige side","Previous page"],next:["Næste side","Next page"],pageOf:["Side {page} af {pages}","Page {page} of {pages}"],tableLabel:["{list}: indkaldelser","{list}: summonses"]}),Oe={pending:"",follow_up:""},Se=[25,50,100],jt=["dateField","from","to","team","advisor","type","variant","channel","deadline","seen","status"];function Pt(t){let e=Number(t.get("size"));return{dateField:t.get("dateField")??"",from:t.get("from")??"",to:t.get("to")??"",team:t.get("team")??"",advisor:t.get("advisor")??"",type:t.get("type")??"",variant:t.get("variant")??"",channel:t.get("channel")??"",deadline:t.get("deadline")??"",seen:t.get("seen")??"",status:t.get("status")??"",sort:t.get("sort")??"",desc:t.get("desc")==="true",page:Math.max(1,Number(t.get("page"))||1),size:Se.includes(e)?e:Se[0]}}function Lt(t){let e=new URLSearchParams;for(let a of jt)t[a]&&e.set(a,t[a]);t.sort&&e.set("sort",t.sort),t.desc&&e.set("desc","true"),t.page>1&&e.set("page",String(t.page)),t.size!==Se[0]&&e.set("size",String(t.size));let n=e.toString();return location.pathname+(n?`?${n}`:"")}var lt=t=>t==="yes"?!0:t==="no"?!1:void 0;function Ht(t,e,n){return{list:t,search:n.trim(),dateField:e.dateField,from:e.dateField?e.from:"",to:e.dateField?e.to:"",teams:e.team?[Number(e.team)]:[],advisorId:e.advisor?Number(e.advisor):void 0,meetingType:e.type,variant:e.variant,channel:e.channel,deadlineExceeded:lt(e.deadline),seen:lt(e.seen),hideOld:e.status==="current"||void 0,sort:e.sort,desc:e.desc||void 0,limit:e.size,offset:(e.page-1)*e.size}}function Mt(t){let e=[],n=(a,r)=>{for(let o of t.filter(l=>(l.parentId??0)===(a??0)).sort((l,v)=>l.name.localeCompare(v.name,"da")))e.push({id:o.id,label:`${"  ".repeat(r)}${o.name}`}),n(o.id,r+1)};n(void 0,0);for(let a of t)e.some(r=>r.id===a.id)||e.push({id:a.id,label:a.name});return e}function dt(t){return{path:t==="pending"?"/afventer":"/opfoelgning",title:()=>u(`title.${t}`),async render(e){await Ot(e,t)}}}async function Ot(t,e){let n=Pt(t.query),a=Oe[e],r,o,l,v="",p=!0,h,c=[],$=[],x=[],k=new Set,m=0,d=e==="pending",y=i=>$.find(w=>w.id===i)?.name??`#${i}`,L=[{key:"number",label:()=>u("col.number"),sort:"number",cell:i=>s`<a href="/soeg/indkaldelse/${encodeURIComponent(i.number)}">${i.number}</a>`},{key:"name",label:()=>u("col.name"),sort:"name",cell:i=>i.citizenName},{key:"cpr",label:()=>u("col.cpr"),sort:"cpr",cell:i=>i.cprFull||i.cpr,className:"planner-nowrap"},{key:"date",label:()=>u("col.date"),sort:"date",cell:i=>U(i.start),className:"planner-nowrap"},...d?[{key:"rebook",label:()=>u("col.rebook"),cell:i=>H(i.rebookDeadline),className:"planner-nowrap"}]:[],{key:"holding",label:()=>u("col.holding"),sort:"holding_deadline",cell:i=>H(i.holdingDeadline),className:"planner-nowrap"},{key:"deadline",label:()=>u("col.deadline"),sort:"deadline_exceeded",cell:ge},{key:"seen",label:()=>u("col.seen"),sort:"seen",cell:he},{key:"team",label:()=>u("col.team"),sort:"team",cell:i=>i.teamName},d?{key:"advisor",label:()=>u("col.advisor"),sort:"advisor",cell:i=>i.advisorName}:{key:"advisors",label:()=>u("col.advisors"),sort:"advisor",cell:i=>s`${i.advisors.map((w,A)=>s`${A>0?", ":""}${A===0?s`<strong>${i.advisorName||y(w)}</strong>`:y(w)}`)}`},{key:"room",label:()=>u("col.room"),sort:"room",cell:i=>i.roomName??""},{key:"summoner",label:()=>u("col.summoner"),sort:"summoner",cell:i=>i.summoner},{key:"type",label:()=>u("col.type"),sort:"type",cell:i=>i.variant?`${i.meetingType} – ${i.variant}`:i.meetingType},{key:"jobnet",label:()=>u("col.jobnet"),sort:"jobnet_state",cell:oe},{key:"jobnetAt",label:()=>u("col.jobnetAt"),sort:"jobnet_date",cell:i=>U(i.jobnetAt),className:"planner-nowrap"},{key:"inCalendar",label:()=>u("col.inCalendar"),sort:"in_calendar",cell:i=>ae(i.inCalendar)}],_=(i,w=!1)=>{n={...n,...i,page:w?i.page??n.page:i.page??1},history.replaceState(history.state,"",Lt(n)),V()},V=async()=>{let i=++m;p=!0,te();try{let w=await Me(Ht(e,n,a));if(i!==m||t.signal.aborted)return;r=w,o=void 0;let A=Math.max(1,Math.ceil(w.total/n.size));if(n.page>A&&w.total>0){_({page:A},!0);return}}catch(w){if(i!==m)return;o=w,r=void 0}p=!1,te()},_e=async()=>{try{h=(await R("/api/front-page")).pendingCounter,te()}catch{}},$t=async i=>{if(i.form!=="group")return[i.summonsId];let A=(await Me({list:"pending",search:i.number,limit:500})).rows.filter(T=>T.meetingId===i.meetingId).map(T=>T.summonsId);return A.length>0?A:[i.summonsId]},Be=async(i,w)=>{l=void 0,v="";try{for(let A of i){let T=await $t(A);for(let f of T)w?k.add(f):k.delete(f);T.length>1&&i.length===1&&fe(u(w?"groupSelected":"groupDeselected",{n:T.length}))}}catch(A){l=A}te()},Ue=async i=>{let w=[...k];if(w.length!==0&&!(i==="delete"&&!await ke({title:u("confirmTitle"),body:u("confirmBody",{n:w.length}),ok:u("confirmOk"),danger:!0}))){l=void 0,v="";try{await W(i==="send"?"/api/summonses/send":"/api/summonses/delete",{ids:w}),k.clear(),v=u(i==="send"?"sent":"deleted",{n:w.length}),fe(v)}catch(A){l=A}await Promise.all([V(),_e()])}},yt=i=>{let w=n.sort||"date";_({sort:i,desc:w===i?!n.desc:!1},!1)},kt=i=>{if(!i.sort)return s`<th scope="col">${i.label()}</th>`;let A=(n.sort||"date")===i.sort?n.desc?"descending":"ascending":void 0;return s`<th scope="col" aria-sort=${A??b}>
      <button class="button button-unstyled planner-sort" type="button" data-sort=${i.sort} @click=${()=>yt(i.sort)}>
        ${i.label()}<span class="sr-only">${u(A==="ascending"?"sortAsc":A==="descending"?"sortDesc":"sortNone")}</span>
        <span class="planner-sort-icon" aria-hidden="true">${A==="ascending"?"▲":A==="descending"?"▼":"↕"}</span>
      </button>
    </th>`},J=(i,w,A,T,f,be="")=>s`<div class="form-group">
      <label class="form-label" for=${i}>${w}</label>
      <select class="form-select" id=${i} name=${i} .value=${A} aria-invalid=${G(o,be)?"true":b}
        @change=${se=>f(se.target.value)}>
        ${T.map(se=>s`<option value=${se.value} ?selected=${se.value===A}>${se.label}</option>`)}
      </select>
    </div>`,qe=()=>[{value:"",label:u("all")},{value:"yes",label:u("yes")},{value:"no",label:u("no")}],Ve=i=>{let w=`${e}-${i}`,A=G(o,i);return s`<div class="form-group ${A?"form-error":""}">
      <label class="form-label" for=${w}>${u(i)}</label>
      ${Y(o,i,w)}
      <input class="form-input planner-date" type="date" id=${w} name=${i} .value=${n[i]} ?disabled=${!n.dateField}
        aria-invalid=${A?"true":b} aria-describedby=${A?`${w}-error`:b}
        @change=${T=>_({[i]:T.target.value})} />
    </div>`},wt=()=>{let i=[...new Set(x.map(f=>f.meetingType).filter(Boolean))].sort((f,be)=>f.localeCompare(be,"da")),w=[...new Set(x.filter(f=>!n.type||f.meetingType===n.type).map(f=>f.variant??"").filter(Boolean))].sort(),A=`${e}-search`,T=G(o,"search");return s`<form class="planner-filters" role="search" aria-label=${u("filters")} @submit=${f=>{f.preventDefault(),a=f.target.querySelector(`#${A}`).value,Oe[e]=a,_({})}}>
      <h2 class="h4">${u("filters")}</h2>
      <div class="form-group planner-wide ${T?"form-error":""}">
        <label class="form-label" for=${A}>${u("search")}</label>
        <span class="form-hint" id="${A}-hint">${u("searchHint")}</span>
        ${Y(o,"search",A)}
        <div class="planner-search-row">
          <input class="form-input" type="search" id=${A} name="search" autocomplete="off" .value=${a}
            aria-describedby="${A}-hint${T?` ${A}-error`:""}" />
          <button class="button button-secondary" type="submit">${u("searchButton")}</button>
        </div>
      </div>
      ${J(`${e}-dateField`,u("dateField"),n.dateField,[{value:"",label:u("dateField.none")},{value:"meeting",label:u("dateField.meeting")},{value:"holding_deadline",label:u("dateField.holding_deadline")},{value:"sent",label:u("dateField.sent")}],f=>_(f?{dateField:f}:{dateField:"",from:"",to:""}),"dateField")}
      ${Ve("from")}${Ve("to")}
      ${J(`${e}-team`,u("team"),n.team,[{value:"",label:u("all")},...Mt(c).map(f=>({value:String(f.id),label:f.label}))],f=>_({team:f}))}
      ${J(`${e}-advisor`,u("advisor"),n.advisor,[{value:"",label:u("all")},...$.map(f=>({value:String(f.id),label:f.name}))],f=>_({advisor:f}))}
      ${J(`${e}-type`,u("type"),n.type,[{value:"",label:u("all")},...i.map(f=>({value:f,label:f}))],f=>_({type:f,variant:""}))}
      ${J(`${e}-variant`,u("variant"),n.variant,[{value:"",label:u("all")},...w.map(f=>({value:f,label:f}))],f=>_({variant:f}))}
      ${J(`${e}-channel`,u("channel"),n.channel,[{value:"",label:u("all")},...["digital","in_person","phone"].map(f=>({value:f,label:Ae(f)}))],f=>_({channel:f}))}
      ${J(`${e}-deadline`,u("deadline"),n.deadline,qe(),f=>_({deadline:f}))}
      ${J(`${e}-seen`,u("seen"),n.seen,qe(),f=>_({seen:f}))}
      ${J(`${e}-status`,u("status"),n.status,[{value:"",label:u("status.all")},{value:"current",label:u("status.current")}],f=>_({status:f}))}
      <button class="button button-secondary planner-reset" type="button" @click=${()=>{a="",Oe[e]="";let f=t.main.querySelector(`#${A}`);f&&(f.value=""),_({dateField:"",from:"",to:"",team:"",advisor:"",type:"",variant:"",channel:"",deadline:"",seen:"",status:"",sort:"",desc:!1})}}>${u("reset")}</button>
    </form>`},At=i=>{let w=i.rows,A=w.length>0&&w.every(T=>k.has(T.summonsId));return s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${u("tableLabel",{list:u(`title.${e}`)})}>
      <table class="table table--compact planner-list" id="${e}-table" aria-busy=${p?"true":"false"}>
        <thead>
          <tr>
            ${d?s`<th scope="col" class="planner-select">
                  <div class="form-group-checkbox">
                    <input id="${e}-check-all" type="checkbox" class="form-checkbox" .checked=${A}
                      @change=${T=>void Be(w,T.target.checked)} />
                    <label for="${e}-check-all">${u("selectAll")}</label>
                  </div>
                </th>`:b}
            ${L.map(kt)}
          </tr>
        </thead>
        <tbody>
          ${w.length===0?s`<tr><td colspan=${L.length+(d?1:0)}>${u("noRows")}</td></tr>`:w.map(T=>s`<tr class=${k.has(T.summonsId)?"planner-selected":""} data-summons=${T.summonsId} data-meeting=${T.meetingId}>
                  ${d?s`<td class="planner-select">
                        <div class="form-group-checkbox">
                          <input id="${e}-check-${T.summonsId}" type="checkbox" class="form-checkbox" .checked=${k.has(T.summonsId)}
                            @change=${f=>void Be([T],f.target.checked)} />
                          <label for="${e}-check-${T.summonsId}"><span class="sr-only">${u("selectRow",{number:T.number,name:T.citizenName})}</span></label>
                        </div>
                      </td>`:b}
                  ${L.map(f=>s`<td class=${f.className??""} data-col=${f.key}>${f.cell(T)}</td>`)}
                </tr>`)}
        </tbody>
      </table>
    </div>`},Tt=i=>{let w=Math.max(1,Math.ceil(i.total/n.size)),A=i.total===0?0:(n.page-1)*n.size+1,T=Math.min(i.total,n.page*n.size);return s`<div class="planner-pager">
      <p class="rows-message" aria-live="polite" aria-atomic="true" data-rows>${u("rows",{first:A,last:T,total:i.total})}</p>
      <div class="form-group planner-pagesize">
        <label class="form-label" for="${e}-size">${u("perPage")}</label>
        <select class="form-select" id="${e}-size" .value=${String(n.size)} @change=${f=>_({size:Number(f.target.value)})}>
          ${Se.map(f=>s`<option value=${f} ?selected=${f===n.size}>${f}</option>`)}
        </select>
      </div>
      <div class="planner-pagination" role="group" aria-label=${u("paging")}>
        <button class="button button-secondary" type="button" ?disabled=${n.page<=1} @click=${()=>_({page:n.page-1},!0)}>${u("prev")}</button>
        <span data-page>${u("pageOf",{page:n.page,pages:w})}</span>
        <button class="button button-secondary" type="button" ?disabled=${n.page>=w} @click=${()=>_({page:n.page+1},!0)}>${u("next")}</button>
      </div>
    </div>`},St=()=>s`<nav class="planner-listtabs" aria-label=${u("tabs")}>
      <ul>
        <li><a href="/afventer" aria-current=${d?"page":"false"}>${u("title.pending")}${h!==void 0?s` <span class="badge planner-counter" data-counter aria-hidden="true">(${h})</span><span class="sr-only"> – ${u("counter",{n:h})}</span>`:b}</a></li>
        <li><a href="/opfoelgning" aria-current=${d?"false":"page"}>${u("title.follow_up")}</a></li>
      </ul>
    </nav>`,te=()=>{t.signal.aborted||F(s`<h1>${u(`title.${e}`)}</h1>
        ${St()}
        <p>${u(`intro.${e}`)}</p>
        <div class="planner-listlayout">
          ${wt()}
          <section class="planner-listmain" aria-label=${u(`title.${e}`)}>
            ${ye(v)} ${D(l)} ${D(o)}
            ${r?s`${Tt(r)} ${At(r)}`:p?s`<p>${u("loading")}</p>`:b}
            ${d&&r?s`<div class="table-actions planner-actions">
                  <p class="table-selected-number" aria-live="polite" data-selected>${k.size?u("selected",{n:k.size}):u("noneSelected")}</p>
                  <div class="button-group">
                    <button class="button button-primary" type="button" ?disabled=${k.size===0} @click=${()=>void Ue("send")}>${u("send")}</button>
                    <button class="button button-secondary" type="button" ?disabled=${k.size===0} @click=${()=>void Ue("delete")}>${u("delete")}</button>
                  </div>
                </div>`:b}
          </section>
        </div>`,t.main)};te();let _t=Promise.all([R("/api/teams").then(i=>c=i.teams),R("/api/advisors").then(i=>$=i.advisors),R("/api/offers").then(i=>x=i.offers)]).catch(i=>o=i);await Promise.all([V(),_t,_e()]),te(),t.every(1e4,_e)}var ct=dt("pending"),mt=dt("follow_up");var P=I({title:["Ledige tider","Free times"],intro:["Antal ledige tider pr. onlinetilbud og vejleder i de kommende 12 uger. Det aktuelle tal for ét tilbud ses på tilbuddets side.","Free places per online offer and advisor over the coming 12 weeks. The offer's own page shows its live figure."],offer:["Onlinetilbud","Online offer"],form:["Mødeform","Meeting form"],week:["Uge {n}","Week {n}"],weekLong:["Uge {n} {year}","Week {n} {year}"],none:["Ingen ledige tider","No free times"],noOffers:["Der er ingen aktive onlinetilbud.","There are no active online offers."],showAdvisors:["Vis vejledere for {offer}","Show advisors of {offer}"],allAdvisors:["Alle vejledere (fællesmøde)","All advisors (group meeting)"],explain:["Hvorfor er en tid ikke ledig?","Why is a time not free?"],updated:["Opdateret {time}","Updated {time}"],caption:["Ledige tider pr. uge","Free times per week"],loading:["Henter …","Loading …"]});function zt(t){let[e,n,a]=t.split("-").map(Number),r=new Date(Date.UTC(e,n-1,a)),o=r.getUTCDay()||7;r.setUTCDate(r.getUTCDate()+4-o);let l=Date.UTC(r.getUTCFullYear(),0,1);return{year:r.getUTCFullYear(),week:Math.ceil(((r.getTime()-l)/864e5+1)/7)}}function Bt(t){let[e,n,a]=st(new Date).split("-").map(Number),r=[];for(let o=0;o<t;o++){let l=new Date(Date.UTC(e,n-1,a+7*o)).toISOString().slice(0,10);r.push(zt(l))}return r}var ut={path:"/ledige-tider",title:()=>P("title"),async render(t){let e=new Set,n,a=[],r,o,l=Bt(12),v=c=>c===0?P("allAdvisors"):a.find($=>$.id===c)?.name??`#${c}`,p=c=>c?s`<td class="planner-num">${c}</td>`:s`<td class="planner-num"><span aria-hidden="true">-</span><span class="sr-only">${P("none")}</span></td>`,h=()=>{t.signal.aborted||F(s`<h1>${P("title")}</h1>
          <p>${P("intro")}</p>
          <p><a href="/ledige-tider/forklar">${P("explain")}</a></p>
          ${D(r)}
          ${n?n.length===0?s`<p>${P("noOffers")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${P("caption")}>
                  <table class="table table--compact planner-freetimes" id="free-times">
                    <caption class="sr-only">${P("caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${P("offer")}</th>
                        <th scope="col">${P("form")}</th>
                        ${l.map(c=>s`<th scope="col" class="planner-num"><abbr title=${P("weekLong",{n:c.week,year:c.year})}>${P("week",{n:c.week})}</abbr></th>`)}
                      </tr>
                    </thead>
                    ${n.map(c=>{let $=m=>c.weeks.filter(d=>d.year===m.year&&d.week===m.week).reduce((d,y)=>d+y.count,0),x=[...new Set(c.weeks.map(m=>m.advisorId))],k=e.has(c.offerId);return s`<tbody data-offer=${c.offerId}>
                        <tr class="planner-offerrow">
                          <th scope="row">
                            ${x.length>0?s`<button class="button button-unstyled planner-expand" type="button" aria-expanded=${k?"true":"false"}
                                  aria-controls=${x.map(m=>`ft-${c.offerId}-${m}`).join(" ")} @click=${()=>{k?e.delete(c.offerId):e.add(c.offerId),h()}}><span aria-hidden="true">${k?"▾":"▸"}</span><span class="sr-only">${P("showAdvisors",{offer:c.name})}</span></button>`:b}
                            <a href="/tilbud/${c.offerId}">${c.name}</a>
                          </th>
                          <td>${Te(c.form)}</td>
                          ${l.map(m=>p($(m)))}
                        </tr>
                        ${x.map(m=>s`<tr class="planner-advisorrow" id="ft-${c.offerId}-${m}" ?hidden=${!k} data-advisor=${m}>
                            <th scope="row" class="planner-indent">${v(m)}</th>
                            <td></td>
                            ${l.map(d=>p(c.weeks.find(y=>y.advisorId===m&&y.year===d.year&&y.week===d.week)?.count))}
                          </tr>`)}
                      </tbody>`})}
                  </table>
                </div>
                ${o?s`<p class="form-hint">${P("updated",{time:O(o)})}</p>`:b}`:r?b:s`<p>${P("loading")}</p>`}`,t.main)};h();try{let[c,$]=await Promise.all([R("/api/free-times-overview?weeks=12"),R("/api/advisors")]);n=c.offers,a=$.advisors,o=new Date}catch(c){r=c}h()}};var N=I({title:["Hvorfor er tiden ikke ledig?","Why is this time not free?"],intro:["Vælg et onlinetilbud, en vejleder og et tidspunkt. Planner svarer, om tiden er ledig, og ellers hvad der forhindrer den.","Choose an online offer, an advisor and a time. Planner answers whether the time is free and, if not, what stands in its way."],back:["Tilbage til ledige tider","Back to free times"],offer:["Onlinetilbud","Online offer"],chooseOffer:["Vælg et tilbud","Choose an offer"],inactive:["{name} (ikke aktivt)","{name} (not active)"],advisor:["Vejleder","Advisor"],chooseAdvisor:["Vælg en vejleder","Choose an advisor"],date:["Dato","Date"],time:["Klokkeslæt","Time"],submit:["Undersøg tiden","Check the time"],required:["Skal udfyldes","Is required"],free:["Tiden {when} er ledig hos {advisor}.","The time {when} is free with {advisor}."],notFree:["Tiden {when} er ikke ledig hos {advisor}:","The time {when} is not free with {advisor}:"],answer:["Svar","Answer"],detail:["Detaljer: {text}","Details: {text}"],"code.offer_inactive":["Tilbuddet er ikke aktivt.","The offer is not active."],"code.offer_not_open":["Tilbuddet er endnu ikke åbnet for booking.","The offer is not yet open for booking."],"code.advisor_not_on_offer":["Vejlederen er ikke tilknyttet tilbuddet.","The advisor is not on the offer."],"code.off_grid":["Tidspunktet passer ikke med tilbuddets starttidspunkter.","The time is not one of the offer's start times."],"code.notice":["En booking kræver mindst 1 dags varsel.","A booking needs 1 day's notice."],"code.before_first_date":["Tidspunktet ligger før tilbuddets første mødedato.","The time is before the offer's first meeting date."],"code.window":["Tidspunktet ligger uden for bookingperioden.","The time is outside the booking period."],"code.holiday":["Jobcentret har lukket den dag.","The job centre is closed that day."],"code.outside_hours":["Tidspunktet ligger uden for vejlederens arbejdstid.","The time is outside the advisor's working hours."],"code.absence":["Vejlederen er fraværende.","The advisor is absent."],"code.external_busy":["Vejlederens egen kalender er optaget.","The advisor's own calendar is busy."],"code.calendar_unreadable":["Vejlederens egen kalender kan ikke læses, så der tilbydes ingen tider.","The advisor's own calendar cannot be read, so no time is offered."],"code.meeting":["Vejlederen har et andet møde (afrapporteringstid medregnet).","The advisor has another meeting (reporting time included)."],"code.room_busy":["Lokalet er optaget.","The room is booked."],"code.no_session":["Ingen session i tilbuddet starter på dette tidspunkt.","No session of the offer starts at this time."],"code.seats_full":["Alle pladser er optaget.","Every seat is taken."],"code.seats_kept":["De resterende pladser er reserveret til ombooking.","The seats left are kept for rebooking."],busy:["Optaget {from}–{to}","Busy {from}–{to}"]});function Ut(t,e){let[n,a,r]=t.split("-").map(Number),[o,l]=e.split(":").map(Number),v=Date.UTC(n,a-1,r,o,l),p=new Intl.DateTimeFormat("en-GB",{timeZone:pe,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}),h=$=>{let x=p.formatToParts(new Date($)),k=m=>Number(x.find(d=>d.type===m)?.value);return Date.UTC(k("year"),k("month")-1,k("day"),k("hour"),k("minute"),k("second"))-$},c=v-h(v);return c=v-h(c),new Date(c)}var qt=t=>t.toISOString().replace(/\.\d{3}Z$/,"Z"),pt={path:"/ledige-tider/forklar",title:()=>N("title"),async render(t){let e=[],n=[],a={offer:t.query.get("offer")??"",advisor:t.query.get("advisor")??"",date:t.query.get("date")??"",time:t.query.get("time")??""},r,o,l=!1,v=()=>e.find(m=>String(m.id)===a.offer),p=m=>n.find(d=>String(d.id)===m)?.name??m,h=()=>{let m=["offer","advisor","date","time"].filter(d=>!a[d]).map(d=>({field:d,reason:N("required")}));return m.length?new E(422,N("required"),"",m,""):void 0},c=async()=>{if(o=void 0,r=h(),r)return k();l=!0,k();try{let m=Ut(a.date,a.time),d=await R(`/api/offers/${a.offer}/explain${Le({advisorId:a.advisor,start:qt(m)})}`);if(t.signal.aborted)return;o={...d,when:`${H(m)} ${O(m)}`,advisor:p(a.advisor)}}catch(m){r=m instanceof E&&m.fields.length?new E(m.status,m.title,m.detail,m.fields.map(d=>({field:d.field==="advisorId"?"advisor":d.field==="start"?"date":d.field==="id"?"offer":d.field,reason:d.reason})),m.type,m.code):m}l=!1,k(),t.main.querySelector("#explain-answer")?.focus()},$=(m,d)=>{let y=`explain-${m}`,L=G(r,m);return s`<div class="form-group ${L?"form-error":""}">
        <label class="form-label" for=${y}>${N(m)}</label>
        ${Y(r,m,y)}
        <input class="form-input planner-date" id=${y} name=${m} type=${d} .value=${a[m]} step=${d==="time"?"300":b}
          aria-invalid=${L?"true":b} aria-describedby=${L?`${y}-error`:b}
          @change=${_=>a[m]=_.target.value} />
      </div>`},x=(m,d,y)=>{let L=`explain-${m}`,_=G(r,m);return s`<div class="form-group ${_?"form-error":""}">
        <label class="form-label" for=${L}>${N(m)}</label>
        ${Y(r,m,L)}
        <select class="form-select" id=${L} name=${m} .value=${a[m]} aria-invalid=${_?"true":b} aria-describedby=${_?`${L}-error`:b}
          @change=${V=>{a[m]=V.target.value,m==="offer"&&!v()?.advisors.map(String).includes(a.advisor)&&(a.advisor=""),k()}}>
          <option value="" ?selected=${!a[m]}>${y}</option>
          ${d.map(V=>s`<option value=${V.value} ?selected=${V.value===a[m]}>${V.label}</option>`)}
        </select>
      </div>`},k=()=>{if(t.signal.aborted)return;let m=v(),d=m?n.filter(y=>m.advisors.includes(y.id)):n;F(s`<p><a href="/ledige-tider" class="back-link">${N("back")}</a></p>
          <h1>${N("title")}</h1>
          <p>${N("intro")}</p>
          <form class="planner-explain" novalidate @submit=${y=>{y.preventDefault(),history.replaceState(history.state,"",location.pathname+Le(a)),c()}}>
            ${x("offer",e.map(y=>({value:String(y.id),label:y.active?y.name:N("inactive",{name:y.name})})),N("chooseOffer"))}
            ${x("advisor",d.map(y=>({value:String(y.id),label:y.name})),N("chooseAdvisor"))}
            <div class="planner-daterange">${$("date","date")} ${$("time","time")}</div>
            <button class="button button-primary" type="submit" ?disabled=${l}>${N("submit")}</button>
          </form>
          ${r instanceof E&&r.fields.length?b:D(r)}
          ${o?s`<section id="explain-answer" tabindex="-1" aria-label=${N("answer")} class="planner-answer">
                ${o.free?ye(N("free",{when:o.when,advisor:o.advisor})):s`<div class="alert alert-warning" role="status">
                      <div class="alert-body">
                        <p class="alert-heading">${N("notFree",{when:o.when,advisor:o.advisor})}</p>
                        <ul class="planner-obstacles">
                          ${o.obstacles.map(y=>s`<li data-code=${y.code}>
                              <strong>${N(`code.${y.code}`)}</strong>
                              ${y.interval?s` ${N("busy",{from:`${H(y.interval.start)} ${O(y.interval.start)}`,to:O(y.interval.end)})}.`:b}
                              <br /><span class="form-hint" data-detail>${N("detail",{text:B()==="da"&&y.detailDa||y.detail})}</span>
                            </li>`)}
                        </ul>
                      </div>
                    </div>`}
              </section>`:b}`,t.main)};k();try{let[m,d]=await Promise.all([R("/api/offers"),R("/api/advisors")]);e=m.offers,n=d.advisors}catch(m){r=m}k(),a.offer&&a.advisor&&a.date&&a.time&&await c()}};var g=I({card:["Borgerkort","Citizen card"],name:["Navn","Name"],cpr:["CPR-nr.","CPR no."],contactGroup:["Kontaktgruppe","Contact group"],assessment:["Visitationsgruppe","Assessment group"],registeredSince:["Tilmeldt siden","Registered since"],inActivation:["I aktivering","In activation"],otherActor:["Hos anden aktør","With an other actor"],fund:["A-kasse","Unemployment fund"],bookingDeadline:["Bookingfrist","Booking deadline"],dropDate:["Falddato","Drop date"],summonses:["Borgerens indkaldelser","The citizen's summonses"],noSummonses:["Borgeren har ingen indkaldelser.","The citizen has no summonses."],"col.number":["Indkaldelsesnr.","Summons no."],"col.date":["Dato og tid","Date and time"],"col.type":["Type","Type"],"col.state":["Status","State"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.at":["Tidspunkt","Time"],"col.actor":["Udført af","By"],"col.action":["Handling","Action"],"col.entity":["Gælder","Concerns"],summons:["Indkaldelse {number}","Summons {number}"],details:["Detaljer","Details"],state:["Status","State"],when:["Mødetidspunkt","Meeting time"],form:["Mødeform","Meeting form"],type:["Samtaletype","Meeting type"],channel:["Afholdelsesform","Channel"],team:["Team","Team"],advisors:["Vejledere","Advisors"],room:["Lokale","Room"],summoner:["Indkalder","Summoner"],holding:["Afholdelsesfrist","Holding deadline"],seen:["Set af borgeren","Seen by the citizen"],notSeen:["Ikke set endnu","Not seen yet"],jobnet:["Jobnet sync","Jobnet sync"],inCalendar:["Overført til kalender","Transferred to calendar"],participants:["Deltagere ({n})","Participants ({n})"],audit:["Revisionslog","Revision log"],noAudit:["Ingen ændringer er logget.","No changes are logged."],"action.create":["Oprettet","Created"],"action.update":["Ændret","Changed"],"action.send":["Sendt til Jobnet","Sent to Jobnet"],"action.move":["Flyttet","Moved"],"action.cancel":["Aflyst","Cancelled"],"action.delete":["Slettet","Deleted"],"entity.meeting":["Mødet","The meeting"],"entity.summons":["Indkaldelse","Summons"],"entity.offer":["Tilbuddet","The offer"],notFound:["Indkaldelsen findes ikke","Summons not found"],notFoundBody:["Der er ingen indkaldelse med nummeret {number} i jobcentret.","There is no summons numbered {number} in the job centre."],back:["Tilbage til søgning","Back to search"],"col.remove":["Fjern","Remove"],remove:["Fjern fra mødet","Remove from the meeting"],removeTitle:["Fjern deltager fra fællesmødet","Remove a participant from the group meeting"],removeBody:["Er du sikker på, at du vil fjerne {name} fra fællesmødet? De øvrige deltagere bliver på mødet.","Are you sure you want to remove {name} from the group meeting? The other participants stay."],removeOk:["Fjern","Remove"],removed:["{name} er fjernet fra mødet.","{name} was removed from the meeting."],loading:["Henter …","Loading …"]}),C=(t,e,n="")=>s`<div><dt>${t}</dt><dd data-fact=${n||b}>${e||"–"}</dd></div>`;function ft(t,e,n){let a=[...n].sort((r,o)=>o.start.localeCompare(r.start));return s`<section class="planner-card" aria-labelledby="citizen-card-h">
    <h2 id="citizen-card-h" tabindex="-1">${g("card")}: ${t.name}</h2>
    <dl class="planner-facts">
      ${C(g("name"),t.name,"name")} ${C(g("cpr"),e,"cpr")} ${C(g("contactGroup"),t.contactGroup??"")}
      ${C(g("assessment"),t.assessment??"")} ${C(g("registeredSince"),H(t.registeredSince))}
      ${C(g("inActivation"),ae(!!t.inActivation))} ${C(g("otherActor"),ae(!!t.otherActor))}
      ${C(g("fund"),t.unemploymentFund??"")} ${C(g("bookingDeadline"),H(t.bookingDeadline))}
      ${C(g("dropDate"),H(t.dropDate))}
    </dl>
    <h3>${g("summonses")}</h3>
    ${a.length===0?s`<p>${g("noSummonses")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${g("summonses")}>
          <table class="table table--compact" id="citizen-summonses">
            <thead>
              <tr>
                <th scope="col">${g("col.number")}</th>
                <th scope="col">${g("col.date")}</th>
                <th scope="col">${g("col.type")}</th>
                <th scope="col">${g("col.state")}</th>
                <th scope="col">${g("col.team")}</th>
                <th scope="col">${g("col.advisor")}</th>
                <th scope="col">${g("col.jobnet")}</th>
              </tr>
            </thead>
            <tbody>
              ${a.map(r=>s`<tr>
                  <td><a href="/soeg/indkaldelse/${encodeURIComponent(r.number)}">${r.number}</a></td>
                  <td class="planner-nowrap">${U(r.start)}</td>
                  <td>${r.meetingType}${r.variant?` – ${r.variant}`:""}</td>
                  <td>${we(r.state)}</td>
                  <td>${r.teamName}</td>
                  <td>${r.advisorName}</td>
                  <td>${oe(r)}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
  </section>`}var gt={path:"/soeg/indkaldelse/:number",title:()=>g("summons",{number:""}).trim(),async render(t){let e=t.params.number,n=d=>F(s`<p><a href="/soeg" class="back-link">${g("back")}</a></p><h1>${g("summons",{number:e})}</h1>${d}`,t.main);n(s`<p>${g("loading")}</p>`);let a,r=[];try{let[d,y]=await Promise.all([W("/api/search",{q:e}),R("/api/advisors")]);a=d.summonses,r=y.advisors}catch(d){n(s`${D(d)}`);return}if(t.signal.aborted)return;let o=a.find(d=>d.number===e);if(!o){n(s`<p>${g("notFoundBody",{number:e})}</p>`);return}let l,v;try{l=(await R(`/api/meetings/${o.meetingId}/audit`)).entries}catch(d){v=d}if(t.signal.aborted)return;let p=d=>r.find(y=>y.id===d)?.name??`#${d}`,h=a.filter(d=>d.meetingId===o.meetingId),c=o.form==="group"&&h.some(d=>d.state==="pending"),$,x=async d=>{if(!await ke({title:g("removeTitle"),body:g("removeBody",{name:d.citizenName}),ok:g("removeOk"),danger:!0}))return;try{await W(`/api/summonses/${d.summonsId}/remove`)}catch(_){$=_,m();return}fe(g("removed",{name:d.citizenName}));let L=d.number===e?h.find(_=>_.summonsId!==d.summonsId):o;t.navigate(L?`/soeg/indkaldelse/${encodeURIComponent(L.number)}`:"/soeg",!0)},k=d=>d.entity==="summons"?h.find(y=>y.summonsId===d.entityId)?.number??`#${d.entityId}`:"",m=()=>n(s`${D($)}<dl class="planner-facts" aria-label=${g("details")}>
        ${C(g("state"),we(o.state),"state")}
        ${C(g("when"),`${U(o.start)}`,"when")}
        ${C(g("form"),Te(o.form))}
        ${C(g("type"),o.variant?`${o.meetingType} – ${o.variant}`:o.meetingType)}
        ${C(g("channel"),Ae(o.channel))}
        ${C(g("team"),o.teamName)}
        ${C(g("advisors"),s`${o.advisors.map((d,y)=>s`${y>0?", ":""}${y===0?s`<strong>${p(d)}</strong>`:p(d)}`)}`)}
        ${C(g("room"),o.roomName??"")}
        ${C(g("summoner"),o.summoner)}
        ${C(g("holding"),s`${H(o.holdingDeadline)} ${ge(o)}`)}
        ${C(g("seen"),o.seenAt?s`${he(o)} ${U(o.seenAt)}`:g("notSeen"))}
        ${C(g("jobnet"),s`${oe(o)} ${o.jobnetAt?U(o.jobnetAt):""}`,"jobnet")}
        ${C(g("inCalendar"),ae(o.inCalendar))}
      </dl>
      <h2>${g("participants",{n:h.length})}</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${g("participants",{n:h.length})}>
        <table class="table table--compact" id="summons-participants">
          <thead>
            <tr>
              <th scope="col">${g("col.number")}</th>
              <th scope="col">${g("col.name")}</th>
              <th scope="col">${g("col.cpr")}</th>
              <th scope="col">${g("col.state")}</th>
              <th scope="col">${g("col.deadline")}</th>
              <th scope="col">${g("col.seen")}</th>
              <th scope="col">${g("col.jobnet")}</th>
              ${c?s`<th scope="col">${g("col.remove")}</th>`:b}
            </tr>
          </thead>
          <tbody>
            ${h.map(d=>s`<tr>
                <td>${d.number===e?s`<strong>${d.number}</strong>`:s`<a href="/soeg/indkaldelse/${encodeURIComponent(d.number)}">${d.number}</a>`}</td>
                <td>${d.citizenName}</td>
                <td>${d.cpr}</td>
                <td>${we(d.state)}</td>
                <td>${ge(d)}</td>
                <td>${he(d)}</td>
                <td>${oe(d)}</td>
                ${c?s`<td>${d.state==="pending"?s`<button class="button button-secondary button-small" type="button" @click=${()=>void x(d)}>${g("remove")}<span class="sr-only">: ${d.citizenName}</span></button>`:b}</td>`:b}
              </tr>`)}
          </tbody>
        </table>
      </div>
      <h2>${g("audit")}</h2>
      ${v?D(v):!l||l.length===0?s`<p>${g("noAudit")}</p>`:s`<table class="table table--compact" id="summons-audit">
              <thead>
                <tr>
                  <th scope="col">${g("col.at")}</th>
                  <th scope="col">${g("col.action")}</th>
                  <th scope="col">${g("col.entity")}</th>
                  <th scope="col">${g("col.actor")}</th>
                </tr>
              </thead>
              <tbody>
                ${l.map(d=>s`<tr>
                    <td class="planner-nowrap">${H(d.at)} ${O(d.at)}</td>
                    <td>${g(`action.${d.action}`)||d.action}</td>
                    <td>${g(`entity.${d.entity}`)} ${k(d)}</td>
                    <td>${d.actor}</td>
                  </tr>`)}
              </tbody>
            </table>`}`);m()}};var M=I({title:["Søg","Search"],intro:["Søg på en borgers CPR-nummer for at åbne borgerkortet, eller på et indkaldelsesnummer for at åbne indkaldelsen.","Search by a citizen's CPR number to open the citizen card, or by a summons number to open the summons."],label:["CPR-nr. eller indkaldelsesnr.","CPR no. or summons no."],hint:["Fx 010190-1234 eller 10100-819387","E.g. 010190-1234 or 10100-819387"],button:["Søg","Search"],required:["Skriv et CPR-nummer eller et indkaldelsesnummer.","Enter a CPR number or a summons number."],notFound:["Der er ingen borger eller indkaldelse med det nummer i jobcentret.","There is no citizen or summons with that number in the job centre."],noSummons:["Der er ingen indkaldelse med det nummer.","There is no summons with that number."]}),q;function Vt(t){let e=t.replace(/\D/g,"");return e.length===10?`${e.slice(0,6)}-${e.slice(6)}`:t}var ht={path:"/soeg",title:()=>M("title"),render(t){let e,n=!1,a=q?.q??"",r=async l=>{if(l.preventDefault(),a=t.main.querySelector("#search-q").value.trim(),!a){e=new E(422,M("required"),M("required"),[{field:"q",reason:M("required")}],""),o();return}n=!0,e=void 0,o();try{let p=await W("/api/search",{q:a});if(t.signal.aborted)return;if(p.citizen)q={q:a,cpr:Vt(a),answer:p};else if(p.summonses.length>0){q=void 0,t.navigate(`/soeg/indkaldelse/${encodeURIComponent(a)}`);return}else q=void 0,e=new E(404,M("noSummons"),M("noSummons"),[{field:"q",reason:M("noSummons")}],"")}catch(p){q=void 0,e=p instanceof E&&p.status===404?new E(404,M("notFound"),M("notFound"),[{field:"q",reason:M("notFound")}],""):p}n=!1,o(),q&&t.main.querySelector("#citizen-card-h")?.focus()},o=()=>{let l=G(e,"q");F(s`<h1>${M("title")}</h1>
          <p>${M("intro")}</p>
          <form class="planner-searchform" role="search" @submit=${r}>
            <div class="form-group ${l?"form-error":""}">
              <label class="form-label" for="search-q">${M("label")}</label>
              <span class="form-hint" id="search-q-hint">${M("hint")}</span>
              ${Y(e,"q","search-q")}
              <div class="planner-search-row">
                <input class="form-input" id="search-q" name="q" type="search" autocomplete="off" .value=${a}
                  aria-invalid=${l?"true":b} aria-describedby="search-q-hint${l?" search-q-error":""}" />
                <button class="button button-primary" type="submit" ?disabled=${n}>${M("button")}</button>
              </div>
            </div>
          </form>
          ${l?b:D(e)}
          ${q?.answer.citizen?ft(q.answer.citizen,q.cpr,q.answer.summonses):b}`,t.main)};o()}};var S=I({title:["Kalenderforbindelser","Calendar connections"],intro:["Forbindelsen til hver vejleders egen kalender. En vejleder, hvis kalender ikke kan læses, får ikke tilbudt tider, før den læses igen.","The connection to each advisor's own calendar. An advisor whose calendar cannot be read is offered no times until it is read again."],advisor:["Vejleder","Advisor"],team:["Team","Team"],kind:["Kalender","Calendar"],lastRead:["Sidst læst","Last read"],lag:["Forsinkelse","Lag"],error:["Fejl","Error"],healthy:["I orden","Healthy"],offered:["Tilbydes tider","Offered"],"kind.caldav":["CalDAV","CalDAV"],"kind.graph":["Outlook (Microsoft 365)","Outlook (Microsoft 365)"],none:["Ingen forbindelse","Not connected"],never:["Aldrig","Never"],yes:["Ja","Yes"],no:["Nej","No"],seconds:["{n} sek.","{n} s"],minutes:["{n} min.","{n} min"],hours:["{n} t.","{n} h"],days:["{n} døgn","{n} days"],authFailed:["Kalenderen afviste brugernavn eller adgangskode.","The calendar refused the user name or password."],writeError:["Skrivning fejlede: {error}","Writing failed: {error}"],retired:["{n} tidligere kalendere ryddes op","{n} earlier calendars being cleaned up"],updated:["Opdateret {time} — opdateres hvert 10. sekund","Updated {time} — refreshed every 10 seconds"],caption:["Vejledernes kalenderforbindelser","The advisors' calendar connections"],loading:["Henter …","Loading …"]}),Jt=t=>!!t&&!t.startsWith("0001-01-01");function Wt(t){if(t===void 0)return S("never");let e=Math.max(0,Math.round(t));return e<120?S("seconds",{n:e}):e<7200?S("minutes",{n:Math.round(e/60)}):e<172800?S("hours",{n:Math.round(e/3600)}):S("days",{n:Math.round(e/86400)})}var bt={path:"/forbindelser",title:()=>S("title"),async render(t){let e,n=[],a=new Map,r,o,l=(h,c)=>s`<span class="planner-flag planner-flag--${h?"ok":"bad"} ${c}">${S(h?"yes":"no")}</span>`,v=()=>{t.signal.aborted||F(s`<h1>${S("title")}</h1>
          <p>${S("intro")}</p>
          ${D(r)}
          ${e?s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${S("caption")}>
                <table class="table table--compact" id="connections">
                  <caption class="sr-only">${S("caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${S("advisor")}</th>
                      <th scope="col">${S("team")}</th>
                      <th scope="col">${S("kind")}</th>
                      <th scope="col">${S("lastRead")}</th>
                      <th scope="col">${S("lag")}</th>
                      <th scope="col">${S("healthy")}</th>
                      <th scope="col">${S("offered")}</th>
                      <th scope="col">${S("error")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${e.map(h=>{let c=a.get(h.id),$=n.find(m=>m.id===h.teamId)?.name??"";if(!c)return s`<tr data-advisor=${h.id}><th scope="row">${h.name}</th><td>${$}</td><td colspan="6">${S("loading")}</td></tr>`;if(c instanceof Error)return s`<tr data-advisor=${h.id}><th scope="row">${h.name}</th><td>${$}</td><td colspan="6">${D(c)}</td></tr>`;let x=[c.state.authFailed?S("authFailed"):"",c.state.lastError??"",c.state.writeError?S("writeError",{error:c.state.writeError}):"",!c.offered&&c.reason&&c.reason!==c.state.lastError?c.reason:""].filter(Boolean),k=c.retired.filter(m=>m.state!=="cleaned").length;return s`<tr data-advisor=${h.id}>
                        <th scope="row">${h.name}</th>
                        <td>${$}</td>
                        <td data-col="kind">${c.connected?S(`kind.${c.kind}`):S("none")}</td>
                        <td data-col="lastRead" class="planner-nowrap">${c.connected?Jt(c.state.lastSuccess)?U(c.state.lastSuccess):S("never"):"–"}</td>
                        <td data-col="lag">${c.connected?Wt(c.lagSeconds):"–"}</td>
                        <td data-col="healthy">${c.connected?l(c.healthy,""):"–"}</td>
                        <td data-col="offered">${l(c.offered,"")}</td>
                        <td data-col="error">
                          ${x.map(m=>s`<p class="planner-error-text">${m}</p>`)}
                          ${k?s`<p class="form-hint">${S("retired",{n:k})}</p>`:b}
                        </td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${o?s`<p class="form-hint" aria-live="off">${S("updated",{time:O(o)})}</p>`:b}`:r?b:s`<p>${S("loading")}</p>`}`,t.main)},p=async()=>{try{if(!e){let[h,c]=await Promise.all([R("/api/advisors"),R("/api/teams")]);e=h.advisors,n=c.teams,v()}await Promise.all(e.map(async h=>{try{a.set(h.id,await R(`/api/advisors/${h.id}/calendar/status`))}catch(c){a.set(h.id,c instanceof Error?c:new Error(String(c)))}})),r=void 0,o=new Date}catch(h){r=h}v()};v(),await p(),t.every(1e4,p)}};var ze=[it,ct,mt,ut,pt,ht,gt,bt];var j=I({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),Gt=[{path:"/",label:()=>j("nav.front")},{path:"/kalender",label:()=>j("nav.calendar")},{path:"/tilbud",label:()=>j("nav.offers")},{path:"/afventer",label:()=>j("nav.pending")},{path:"/opfoelgning",label:()=>j("nav.followUp")},{path:"/ledige-tider",label:()=>j("nav.freeTimes")},{path:"/soeg",label:()=>j("nav.search")},{path:"/forbindelser",label:()=>j("nav.connections")},{path:"/admin",label:()=>j("nav.admin"),roles:["admin"]}],Kt={path:"",title:()=>j("notFound.title"),render:t=>{F(s`<h1>${j("notFound.title")}</h1><p>${j("notFound.body")}</p><p><a href="/">${j("notFound.front")}</a></p>`,t.main)}};function vt(t){return t==="/"?"/":"/"+t.split("/")[1]}function Zt(t,e,n,a){let r=Gt.filter(o=>ze.some(l=>l.path===o.path&&(!l.roles||l.roles.includes(t.role)))&&(!o.roles||o.roles.includes(t.role)));F(s`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${t.name}, ${j(`role.${t.role}`)} · ${t.jobcenter}</p>
              <button class="function-link" type="button" lang=${B()==="da"?"en":"da"} @click=${a}>${j("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${t.csrf??""} />
                <button class="function-link" type="submit">${j("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${j("nav.label")}>
              <ul class="mainmenu">
                ${r.map(o=>s`<li class=${vt(e)===o.path?"active current":""}>
                      <a href=${o.path} class="nav-link" aria-current=${vt(e)===o.path?"page":"false"}><span>${o.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function Yt(){let t=document.getElementById("app"),e=await R("/api/session");at(e.csrf??""),document.documentElement.lang=B(),t.replaceChildren();let n=document.createElement("div"),a=document.createElement("main");a.id="main-content",a.className="container page-container";let r=document.createElement("div");r.id="announce",r.className="sr-only",r.setAttribute("aria-live","polite"),t.append(n,a,r);let o=location.pathname,l=()=>Zt(e,o,n,p),v=new $e(ze,e,a,Kt,h=>{o=h,l()});function p(){nt(B()==="da"?"en":"da"),v.show(!1)}await v.show(!1)}Yt();
