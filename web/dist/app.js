var rt=globalThis,Me=rt.trustedTypes,Rt=Me?Me.createPolicy("lit-html",{createHTML:e=>e}):void 0,ot="$lit$",ne=`lit$${Math.random().toFixed(9).slice(2)}$`,st="?"+ne,vn=`<${st}>`,de=document,Se=()=>de.createComment(""),xe=e=>e===null||typeof e!="object"&&typeof e!="function",it=Array.isArray,Dt=e=>it(e)||typeof e?.[Symbol.iterator]=="function",at=`[ 	
\f\r]`,Ae=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_t=/-->/g,Ct=/>/g,ie=RegExp(`>|${at}(?:([^\\s"'>=/]+)(${at}*=${at}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Et=/'/g,It=/"/g,Nt=/^(?:script|style|textarea|title)$/i,lt=e=>(t,...n)=>({_$litType$:e,strings:t,values:n}),s=lt(1),Vn=lt(2),Wn=lt(3),Y=Symbol.for("lit-noChange"),g=Symbol.for("lit-nothing"),Ht=new WeakMap,le=de.createTreeWalker(de,129);function jt(e,t){if(!it(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return Rt!==void 0?Rt.createHTML(t):t}var Mt=(e,t)=>{let n=e.length-1,a=[],r,o=t===2?"<svg>":t===3?"<math>":"",i=Ae;for(let c=0;c<n;c++){let f=e[c],m,l,$=-1,_=0;for(;_<f.length&&(i.lastIndex=_,l=i.exec(f),l!==null);)_=i.lastIndex,i===Ae?l[1]==="!--"?i=_t:l[1]!==void 0?i=Ct:l[2]!==void 0?(Nt.test(l[2])&&(r=RegExp("</"+l[2],"g")),i=ie):l[3]!==void 0&&(i=ie):i===ie?l[0]===">"?(i=r??Ae,$=-1):l[1]===void 0?$=-2:($=i.lastIndex-l[2].length,m=l[1],i=l[3]===void 0?ie:l[3]==='"'?It:Et):i===It||i===Et?i=ie:i===_t||i===Ct?i=Ae:(i=ie,r=void 0);let b=i===ie&&e[c+1].startsWith("/>")?" ":"";o+=i===Ae?f+vn:$>=0?(a.push(m),f.slice(0,$)+ot+f.slice($)+ne+b):f+ne+($===-2?c:b)}return[jt(e,o+(e[n]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),a]},Re=class e{constructor({strings:t,_$litType$:n},a){let r;this.parts=[];let o=0,i=0,c=t.length-1,f=this.parts,[m,l]=Mt(t,n);if(this.el=e.createElement(m,a),le.currentNode=this.el.content,n===2||n===3){let $=this.el.content.firstChild;$.replaceWith(...$.childNodes)}for(;(r=le.nextNode())!==null&&f.length<c;){if(r.nodeType===1){if(r.hasAttributes())for(let $ of r.getAttributeNames())if($.endsWith(ot)){let _=l[i++],b=r.getAttribute($).split(ne),p=/([.?@])?(.*)/.exec(_);f.push({type:1,index:o,name:p[2],strings:b,ctor:p[1]==="."?Pe:p[1]==="?"?Le:p[1]==="@"?Oe:me}),r.removeAttribute($)}else $.startsWith(ne)&&(f.push({type:6,index:o}),r.removeAttribute($));if(Nt.test(r.tagName)){let $=r.textContent.split(ne),_=$.length-1;if(_>0){r.textContent=Me?Me.emptyScript:"";for(let b=0;b<_;b++)r.append($[b],Se()),le.nextNode(),f.push({type:2,index:++o});r.append($[_],Se())}}}else if(r.nodeType===8)if(r.data===st)f.push({type:2,index:o});else{let $=-1;for(;($=r.data.indexOf(ne,$+1))!==-1;)f.push({type:7,index:o}),$+=ne.length-1}o++}}static createElement(t,n){let a=de.createElement("template");return a.innerHTML=t,a}};function ce(e,t,n=e,a){if(t===Y)return t;let r=a!==void 0?n._$Co?.[a]:n._$Cl,o=xe(t)?void 0:t._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),o===void 0?r=void 0:(r=new o(e),r._$AT(e,n,a)),a!==void 0?(n._$Co??=[])[a]=r:n._$Cl=r),r!==void 0&&(t=ce(e,r._$AS(e,t.values),r,a)),t}var Fe=class{constructor(t,n){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:n},parts:a}=this._$AD,r=(t?.creationScope??de).importNode(n,!0);le.currentNode=r;let o=le.nextNode(),i=0,c=0,f=a[0];for(;f!==void 0;){if(i===f.index){let m;f.type===2?m=new he(o,o.nextSibling,this,t):f.type===1?m=new f.ctor(o,f.name,f.strings,this,t):f.type===6&&(m=new Ue(o,this,t)),this._$AV.push(m),f=a[++c]}i!==f?.index&&(o=le.nextNode(),i++)}return le.currentNode=de,r}p(t){let n=0;for(let a of this._$AV)a!==void 0&&(a.strings!==void 0?(a._$AI(t,a,n),n+=a.strings.length-2):a._$AI(t[n])),n++}},he=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,n,a,r){this.type=2,this._$AH=g,this._$AN=void 0,this._$AA=t,this._$AB=n,this._$AM=a,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,n=this._$AM;return n!==void 0&&t?.nodeType===11&&(t=n.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,n=this){t=ce(this,t,n),xe(t)?t===g||t==null||t===""?(this._$AH!==g&&this._$AR(),this._$AH=g):t!==this._$AH&&t!==Y&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Dt(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==g&&xe(this._$AH)?this._$AA.nextSibling.data=t:this.T(de.createTextNode(t)),this._$AH=t}$(t){let{values:n,_$litType$:a}=t,r=typeof a=="number"?this._$AC(t):(a.el===void 0&&(a.el=Re.createElement(jt(a.h,a.h[0]),this.options)),a);if(this._$AH?._$AD===r)this._$AH.p(n);else{let o=new Fe(r,this),i=o.u(this.options);o.p(n),this.T(i),this._$AH=o}}_$AC(t){let n=Ht.get(t.strings);return n===void 0&&Ht.set(t.strings,n=new Re(t)),n}k(t){it(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,a,r=0;for(let o of t)r===n.length?n.push(a=new e(this.O(Se()),this.O(Se()),this,this.options)):a=n[r],a._$AI(o),r++;r<n.length&&(this._$AR(a&&a._$AB.nextSibling,r),n.length=r)}_$AR(t=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);t!==this._$AB;){let a=t.nextSibling;t.remove(),t=a}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},me=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,n,a,r,o){this.type=1,this._$AH=g,this._$AN=void 0,this.element=t,this.name=n,this._$AM=r,this.options=o,a.length>2||a[0]!==""||a[1]!==""?(this._$AH=Array(a.length-1).fill(new String),this.strings=a):this._$AH=g}_$AI(t,n=this,a,r){let o=this.strings,i=!1;if(o===void 0)t=ce(this,t,n,0),i=!xe(t)||t!==this._$AH&&t!==Y,i&&(this._$AH=t);else{let c=t,f,m;for(t=o[0],f=0;f<o.length-1;f++)m=ce(this,c[a+f],n,f),m===Y&&(m=this._$AH[f]),i||=!xe(m)||m!==this._$AH[f],m===g?t=g:t!==g&&(t+=(m??"")+o[f+1]),this._$AH[f]=m}i&&!r&&this.j(t)}j(t){t===g?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Pe=class extends me{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===g?void 0:t}},Le=class extends me{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==g)}},Oe=class extends me{constructor(t,n,a,r,o){super(t,n,a,r,o),this.type=5}_$AI(t,n=this){if((t=ce(this,t,n,0)??g)===Y)return;let a=this._$AH,r=t===g&&a!==g||t.capture!==a.capture||t.once!==a.once||t.passive!==a.passive,o=t!==g&&(a===g||r);r&&this.element.removeEventListener(this.name,this,a),o&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Ue=class{constructor(t,n,a){this.element=t,this.type=6,this._$AN=void 0,this._$AM=n,this.options=a}get _$AU(){return this._$AM._$AU}_$AI(t){ce(this,t)}},Ft={M:ot,P:ne,A:st,C:1,L:Mt,R:Fe,D:Dt,V:ce,I:he,H:me,N:Le,U:Oe,B:Pe,F:Ue},$n=rt.litHtmlPolyfillSupport;$n?.(Re,he),(rt.litHtmlVersions??=[]).push("3.3.1");var D=(e,t,n)=>{let a=n?.renderBefore??t,r=a._$litPart$;if(r===void 0){let o=n?.renderBefore??null;a._$litPart$=r=new he(t.insertBefore(Se(),o),o,void 0,n??{})}return r._$AI(e),r};var yn="planner_lang";function Q(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function Pt(e){document.cookie=`${yn}=${e}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=e}function E(e){return(t,n)=>{let a=e[t],r=a?a[Q()==="en"?1:0]||a[0]:t;if(n)for(let[o,i]of Object.entries(n))r=r.replaceAll(`{${o}}`,String(i));return r}}function dt(){return Q()==="en"?"en-GB":"da-DK"}var j=class extends Error{constructor(n,a,r,o,i,c=""){super(r||a);this.status=n;this.title=a;this.detail=r;this.fields=o;this.type=i;this.code=c}reason(n){return this.fields.find(a=>a.field===n)?.reason??""}},Lt="";function Ot(e){Lt=e}async function Be(e,t,n){let a={Accept:"application/json"};n!==void 0&&(a["Content-Type"]="application/json"),e!=="GET"&&e!=="HEAD"&&(a["X-CSRF-Token"]=Lt);let r=await fetch(t,{method:e,headers:a,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(r.status===401)throw window.location.assign(location.pathname.startsWith("/borger/")?"/borger/login":`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new j(401,"Not signed in","",[],"/problems/unauthenticated");if(!r.ok)throw await kn(r);if(r.status!==204)return await r.json()}async function kn(e){let t={};try{t=await e.json()}catch{}let n=Q()==="da",a=n&&t.title_da||t.title||e.statusText,r=n&&t.detail_da||t.detail||"",o=t.field?[{field:t.field,reason:r}]:[];return new j(e.status,a,r,o,t.type??"",t.code??"")}var C=e=>Be("GET",e),K=(e,t)=>Be("POST",e,t),pe=(e,t)=>Be("PUT",e,t),_e=e=>Be("DELETE",e);function ct(e){let t=new URLSearchParams;for(let[a,r]of Object.entries(e))r==null||r===""||Array.isArray(r)&&r.length===0||t.set(a,Array.isArray(r)?r.join(","):String(r));let n=t.toString();return n?`?${n}`:""}var ze=class{constructor(t,n,a,r,o){this.routes=t;this.me=n;this.main=a;this.notFound=r;this.onChange=o;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",i=>this.intercept(i))}current;navigate(t,n=!1){n?history.replaceState(null,"",t):history.pushState(null,"",t),this.show(!0)}async show(t){this.current?.abort();let n=new AbortController;this.current=n;let{route:a,params:r}=this.match(location.pathname),o=document.createElement("div");o.className="planner-screen";let i={me:this.me,main:o,params:r,query:new URLSearchParams(location.search),signal:n.signal,navigate:(c,f)=>this.navigate(c,f),every:(c,f)=>{let m=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&f()},c);n.signal.addEventListener("abort",()=>window.clearInterval(m))}};if(this.main.replaceChildren(o),document.title=`${a.title()} — Planner`,this.onChange(location.pathname),await a.render(i),t&&!n.signal.aborted){let c=this.main.querySelector("h1");c&&(c.setAttribute("tabindex","-1"),c.focus())}}match(t){for(let n of this.routes){let a=n.path.split("/"),r=t.replace(/\/+$/,"").split("/");if(n.path==="/"&&(t==="/"||t===""))return{route:this.allowed(n),params:{}};if(a.length!==r.length)continue;let o={};if(a.every((i,c)=>i.startsWith(":")?(o[i.slice(1)]=decodeURIComponent(r[c]),r[c]!==""):i===r[c]))return{route:this.allowed(n),params:o}}return{route:this.notFound,params:{}}}allowed(t){return!t.roles||t.roles.includes(this.me.role)?t:this.notFound}intercept(t){if(t.defaultPrevented||t.button!==0||t.metaKey||t.ctrlKey||t.shiftKey||t.altKey)return;let n=t.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(t.preventDefault(),this.navigate(n.pathname+n.search))}};var mt=E({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),Ce="Europe/Copenhagen";function wn(e){return e instanceof j?e.detail?e.detail:e.title:e instanceof TypeError?mt("error.network"):String(e)}function N(e){return e?s`<div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">${e instanceof j?e.title:mt("error.heading")}</p>
      <p class="alert-text">${wn(e)}</p>
    </div>
  </div>`:g}function J(e){return e?s`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${e}</p></div></div>`:g}function oe(e,t,n){if(!(e instanceof j))return g;let a=e.reason(t);return a?s`<span class="form-error-message" id="${n}-error">${a}</span>`:g}function ae(e,t){return e instanceof j&&e.reason(t)!==""}function V(e){let t=document.getElementById("announce");t&&(t.textContent="",window.setTimeout(()=>t.textContent=e,50))}function se(e){return new Promise(t=>{let n=document.createElement("dialog");n.className="fds-modal planner-dialog",n.setAttribute("aria-labelledby","dialog-title"),document.body.append(n);let a=r=>{n.close(),n.remove(),t(r)};n.addEventListener("cancel",r=>{r.preventDefault(),a(!1)}),D(s`<div class="modal-content">
        <div class="modal-header"><h2 class="modal-heading" id="dialog-title">${e.title}</h2></div>
        <div class="modal-body">${typeof e.body=="string"?s`<p>${e.body}</p>`:e.body}</div>
        <div class="modal-footer">
          <button class="button ${e.danger?"button-primary planner-danger":"button-primary"}" type="button" data-ok @click=${()=>a(!0)}>${e.ok}</button>
          <button class="button button-secondary" type="button" @click=${()=>a(!1)}>${e.cancel??mt("dialog.cancel")}</button>
        </div>
      </div>`,n),n.showModal(),n.querySelector("[data-ok]")?.focus()})}function B(e){if(!e)return"";let t=typeof e=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(e)?new Date(`${e}T12:00:00Z`):new Date(e);return new Intl.DateTimeFormat(dt(),{day:"numeric",month:"short",year:"numeric",timeZone:Ce}).format(t)}function G(e){return new Intl.DateTimeFormat(dt(),{hour:"2-digit",minute:"2-digit",timeZone:Ce}).format(new Date(e))}function X(e){return e?`${B(e)} ${G(e)}`:""}function Ut(e){return new Intl.DateTimeFormat("sv-SE",{timeZone:Ce}).format(e)}var ue={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Bt=e=>(...t)=>({_$litDirective$:e,values:t}),qe=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,n,a){this._$Ct=t,this._$AM=n,this._$Ci=a}_$AS(t,n){return this.update(t,n)}update(t,n){return this.render(...n)}};var{I:ra}=Ft;var zt=e=>e.strings===void 0;var Tn={},qt=(e,t=Tn)=>e._$AH=t;var Vt=Bt(class extends qe{constructor(e){if(super(e),e.type!==ue.PROPERTY&&e.type!==ue.ATTRIBUTE&&e.type!==ue.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!zt(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===Y||t===g)return t;let n=e.element,a=e.name;if(e.type===ue.PROPERTY){if(t===n[a])return Y}else if(e.type===ue.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(a))return Y}else if(e.type===ue.ATTRIBUTE&&n.getAttribute(a)===t+"")return Y;return qt(e),t}});var W=E({nav:["Administration","Administration"],overview:["Oversigt","Overview"],teams:["Teams","Teams"],advisors:["Vejledere","Advisors"],rooms:["Lokaler","Rooms"],templates:["Skabeloner","Templates"],settings:["Jobcenter","Job centre"],day1:["Mandag","Monday"],day2:["Tirsdag","Tuesday"],day3:["Onsdag","Wednesday"],day4:["Torsdag","Thursday"],day5:["Fredag","Friday"],day6:["Lørdag","Saturday"],day0:["Søndag","Sunday"],day:["Dag","Day"],hours:["Arbejdstider","Working hours"],from:["Fra","From"],to:["Til","To"],fromOf:["{day} fra","{day} from"],toOf:["{day} til","{day} to"]}),pt=[{path:"/admin",label:()=>W("overview")},{path:"/admin/teams",label:()=>W("teams")},{path:"/admin/vejledere",label:()=>W("advisors")},{path:"/admin/lokaler",label:()=>W("rooms")},{path:"/admin/skabeloner",label:()=>W("templates")},{path:"/admin/jobcenter",label:()=>W("settings")}];function be(e){return s`<nav class="tab-container planner-admin-nav" aria-label=${W("nav")}>
    <ul class="tab-list">
      ${pt.map(t=>s`<li><a href=${t.path} class="tab-button" aria-current=${t.path===e?"page":"false"}><span>${t.label()}</span></a></li>`)}
    </ul>
  </nav>`}function Ee(e,t){return e instanceof j?e.fields.find(a=>a.field===t||a.field.startsWith(`${t}.`)||a.field.startsWith(`${t}[`))?.reason??"":""}function fe(e,t){return!(e instanceof j)||e.fields.length===0?e:t.some(n=>Ee(e,n))?void 0:e}function ve(e,t,n,a,r){let o=`${e}-${t.key.replaceAll(".","-")}`,i=Ee(a,t.key),c=[t.hint?`${o}-hint`:"",i?`${o}-error`:""].filter(Boolean).join(" "),f=t.options?s`<select class="form-select" id=${o} name=${t.key} aria-invalid=${i?"true":"false"} aria-describedby=${c||g}
        @change=${m=>r(t.key,m.target.value)}>
        ${t.options.map(m=>s`<option value=${m.value} ?selected=${(n[t.key]??"")===m.value}>${m.label}</option>`)}
      </select>`:s`<input class="form-input ${t.type==="number"?"input-width-xs":""}" id=${o} name=${t.key} type=${t.type??"text"} .value=${Vt(n[t.key]??"")}
        autocomplete=${t.autocomplete??"off"} ?required=${t.required} aria-invalid=${i?"true":"false"} aria-describedby=${c||g}
        @input=${m=>r(t.key,m.target.value)} />`;return s`<div class="form-group ${i?"form-error":""}">
    <label class="form-label" for=${o}>${t.label}</label>
    ${t.hint?s`<span class="form-hint" id="${o}-hint">${t.hint}</span>`:g}
    ${i?s`<span class="form-error-message" id="${o}-error">${i}</span>`:g}
    ${f}
  </div>`}function Ie(){return{days:[0,1,2,3,4,5,6].map(e=>e>=1&&e<=5?[{from:"08:00",to:"15:30"}]:[])}}function ut(e,t,n,a,r,o){let i=Ee(r,t),c=`${e}-${t}`,f=[1,2,3,4,5,6,0];for(;a.days.length<7;)a.days.push([]);return s`<fieldset class="planner-hours ${i?"form-error":""}" aria-describedby=${i?`${c}-error`:g}>
    <legend class="form-label">${n}</legend>
    ${i?s`<span class="form-error-message" id="${c}-error">${i}</span>`:g}
    <table class="table table--compact planner-hours-table">
      <thead><tr><th scope="col">${W("day")}</th><th scope="col">${W("from")}</th><th scope="col">${W("to")}</th></tr></thead>
      <tbody>
        ${f.map(m=>{let l=W(`day${m}`),$=a.days[m][0],_=!!$;return s`<tr data-weekday=${m}>
            <th scope="row">
              <div class="form-group-checkbox planner-day-check">
                <input type="checkbox" class="form-checkbox" id="${c}-on-${m}" .checked=${_}
                  @change=${b=>{a.days[m]=b.target.checked?[{from:"08:00",to:"15:30"}]:[],o()}} />
                <label class="form-label" for="${c}-on-${m}">${l}</label>
              </div>
            </th>
            <td>
              <label class="sr-only" for="${c}-from-${m}">${W("fromOf",{day:l})}</label>
              <input class="form-input planner-time-input" type="time" id="${c}-from-${m}" .value=${$?.from??""} ?disabled=${!_}
                @input=${b=>{a.days[m][0]&&(a.days[m][0].from=b.target.value)}} />
            </td>
            <td>
              <label class="sr-only" for="${c}-to-${m}">${W("toOf",{day:l})}</label>
              <input class="form-input planner-time-input" type="time" id="${c}-to-${m}" .value=${$?.to??""} ?disabled=${!_}
                @input=${b=>{a.days[m][0]&&(a.days[m][0].to=b.target.value)}} />
            </td>
          </tr>`})}
      </tbody>
    </table>
  </fieldset>`}function ft(e){let t=(e?.days??[]).map(n=>(n??[]).map(a=>({...a})));for(;t.length<7;)t.push([]);return{days:t}}function Ve(e,t){e.own=!!t,e.hours=t?ft(t):Ie()}function We(e,t,n,a,r){return s`<div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="f-own-hours" aria-describedby="f-own-hours-hint" .checked=${e.own}
        @change=${o=>{e.own=o.target.checked,r()}} />
      <label class="form-label" for="f-own-hours">${t}</label>
      <span class="form-hint" id="f-own-hours-hint">${n}</span>
    </div>
    ${e.own?ut("f","hours",W("hours"),e.hours,a,r):g}`}var z=E({edit:["Rediger","Edit"],editOf:["Rediger {name}","Edit {name}"],remove:["Slet","Delete"],removeOf:["Slet {name}","Delete {name}"],removeQ:["Slet {name}?","Delete {name}?"],removeBody:["{name} slettes. Det kan ikke fortrydes.","{name} is deleted. This cannot be undone."],removed:["{name} er slettet.","{name} is deleted."],saved:["{name} er gemt.","{name} is saved."],created:["{name} er oprettet.","{name} is created."],save:["Gem","Save"],create:["Opret","Create"],cancelEdit:["Annuller","Cancel"],actions:["Handlinger","Actions"],none:["Der er ingen endnu.","There are none yet."]});function $e(e){return{path:e.path,title:e.title,roles:["admin"],async render(t){let n=[],a,r=e.values(void 0),o,i,c="";e.reset?.(void 0);let f=()=>{let b=e.fields(a),p=[...b.map(v=>v.key),...e.extraKeys??[]],d=e.sort?e.sort(n):n;D(s`${be(e.path)}
            <h1 tabindex="-1">${e.title()}</h1>
            ${N(i)} ${J(c)}
            ${d.length===0?s`<p>${z("none")}</p>`:s`<div class="table--responsive-scroll">
                  <table class="table table--compact planner-admin-table" data-list>
                    <thead>
                      <tr>
                        ${e.columns().map(v=>s`<th scope="col">${v.label}</th>`)}
                        <th scope="col"><span class="sr-only">${z("actions")}</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      ${d.map(v=>s`<tr data-id=${v.id}>
                          ${e.columns().map((w,A)=>A===0?s`<th scope="row">${w.cell(v)}</th>`:s`<td>${w.cell(v)}</td>`)}
                          <td class="planner-row-actions">
                            <button type="button" class="button button-tertiary" aria-label=${z("editOf",{name:e.name(v)})} @click=${()=>l(v)}>${z("edit")}</button>
                            <button type="button" class="button button-tertiary" aria-label=${z("removeOf",{name:e.name(v)})} @click=${()=>_(v)}>${z("remove")}</button>
                          </td>
                        </tr>`)}
                    </tbody>
                  </table>
                </div>`}
            <section class="planner-admin-form" aria-labelledby="form-h">
              <h2 id="form-h" tabindex="-1">${a?e.editHeading(a):e.newHeading()}</h2>
              ${N(fe(o,p))}
              <form novalidate @submit=${$}>
                ${b.map(v=>ve("f",v,r,o,(w,A)=>r[w]=A))}
                ${e.extra?.(a,o,f)??g}
                <div class="planner-form-actions">
                  <button class="button button-primary" type="submit">${z(a?"save":"create")}</button>
                  ${a?s`<button class="button button-secondary" type="button" @click=${()=>l(void 0)}>${z("cancelEdit")}</button>`:g}
                </div>
              </form>
              ${a?e.after?.(a,f,m)??g:g}
            </section>`,t.main)},m=async()=>{try{await e.prepare?.(),n=(await C(e.api))[e.listKey]??[],a&&(a=n.find(p=>p.id===a.id)),i=void 0}catch(b){i=b}f()},l=b=>{a=b,r=e.values(b),e.reset?.(b),o=void 0,c="",f(),t.main.querySelector("#form-h")?.focus()},$=async b=>{b.preventDefault();let p=e.body(r,a);try{let d=a?await pe(`${e.api}/${a.id}`,p):await K(e.api,p);c=a?z("saved",{name:e.name(d)}):z("created",{name:e.name(d)}),o=void 0;let v=!a;await m();let w=n.find(A=>A.id===d.id);v&&e.after&&w?(a=w,r=e.values(w),e.reset?.(w)):v&&(r=e.values(void 0),e.reset?.(void 0)),f(),V(c)}catch(d){o=d,f(),(t.main.querySelector("[aria-invalid=true]")??t.main.querySelector(".planner-admin-form [role=alert]"))?.focus()}},_=async b=>{let p=e.name(b);if(await se({title:z("removeQ",{name:p}),body:z("removeBody",{name:p}),ok:z("remove"),danger:!0})){try{await _e(`${e.api}/${b.id}`),a?.id===b.id&&l(void 0),c=z("removed",{name:p}),i=void 0,V(c)}catch(d){i=d,c=""}await m(),t.main.querySelector("h1")?.focus()}};f(),await m()}}}var T=E({teams:["Teams","Teams"],team:["Team","Team"],name:["Navn","Name"],parent:["Overordnet team","Parent team"],parentHint:["Teamet hører under dette team i træet.","The team belongs under this team in the tree."],top:["Intet (øverst i træet)","None (top of the tree)"],mail:["Mail","Mail"],mailHint:["Notifikationsmails til teamet sendes hertil.","Notification mails to the team go here."],phone:["Telefon","Phone"],newTeam:["Nyt team","New team"],editTeam:["Rediger team: {name}","Edit team: {name}"],rooms:["Lokaler","Rooms"],capacity:["Pladser","Capacity"],capacityHint:["Hvor mange lokalet har plads til.","How many the room seats."],newRoom:["Nyt lokale","New room"],editRoom:["Rediger lokale: {name}","Edit room: {name}"],templates:["Skabeloner","Templates"],templateName:["Skabelonens navn","Template name"],meetingType:["Mødetype","Meeting type"],form:["Mødeform","Meeting form"],individual:["Individuel samtale","Individual meeting"],group:["Fællesmøde","Group meeting"],channel:["Afholdelsesform","Channel"],in_person:["Personligt fremmøde","In person"],phoneChannel:["Telefon","Phone"],digital:["Digitalt","Online"],duration:["Varighed (minutter)","Duration (minutes)"],description:["Beskrivelse til borgeren","Description for the citizen"],newTemplate:["Ny skabelon","New template"],editTemplate:["Rediger skabelon: {name}","Edit template: {name}"],depth:["niveau {n}","level {n}"],ownHours:["Teamets egne arbejdstider","The team's own working hours"],ownHoursHint:["Gælder teamets vejledere uden egne arbejdstider. Uden dem gælder det overordnede teams eller jobcentrets.","Apply to the team's advisors without their own. Without them, the parent team's or the job centre's apply."]});function Je(e){return/^-?\d+$/.test(e.trim())?Number(e):e}var Ge=[],Ke={own:!1,hours:Ie()};function gt(e){let t=[],n=new Set(e.map(r=>r.id)),a=(r,o)=>{for(let i of e.filter(c=>(c.parentId&&n.has(c.parentId)?c.parentId:void 0)===r).sort((c,f)=>c.name.localeCompare(f.name,"da")))t.push({team:i,depth:o}),o<20&&a(i.id,o+1)};return a(void 0,0),t}function ht(e,t){return gt(e).filter(n=>n.team.id!==t).map(n=>({value:String(n.team.id),label:`${"— ".repeat(n.depth)}${n.team.name}`}))}var Wt=$e({path:"/admin/teams",title:()=>T("teams"),api:"/api/teams",listKey:"teams",async prepare(){Ge=(await C("/api/teams")).teams},sort:e=>gt(e).map(t=>t.team),columns:()=>[{label:T("name"),cell:e=>{let t=gt(Ge).find(n=>n.team.id===e.id)?.depth??0;return s`<span class="planner-depth planner-depth-${Math.min(t,5)}">${e.name}</span>${t?s`<span class="sr-only">, ${T("depth",{n:t+1})}</span>`:""}`}},{label:T("parent"),cell:e=>Ge.find(t=>t.id===e.parentId)?.name??""},{label:T("mail"),cell:e=>e.mail??""},{label:T("phone"),cell:e=>e.phone??""}],fields:e=>[{key:"name",label:T("name"),required:!0},{key:"parentId",label:T("parent"),hint:T("parentHint"),options:[{value:"",label:T("top")},...ht(Ge,e?.id)]},{key:"mail",label:T("mail"),hint:T("mailHint"),type:"email",autocomplete:"email"},{key:"phone",label:T("phone"),type:"tel",autocomplete:"tel"}],extraKeys:["hours"],reset:e=>Ve(Ke,e?.hours),extra:(e,t,n)=>We(Ke,T("ownHours"),T("ownHoursHint"),t,n),name:e=>e.name,newHeading:()=>T("newTeam"),editHeading:e=>T("editTeam",{name:e.name}),values:e=>({name:e?.name??"",parentId:e?.parentId?String(e.parentId):"",mail:e?.mail??"",phone:e?.phone??""}),body:(e,t)=>({...t??{},name:e.name,parentId:e.parentId?Number(e.parentId):0,mail:e.mail,phone:e.phone,hours:Ke.own?Ke.hours:null})}),Gt=$e({path:"/admin/lokaler",title:()=>T("rooms"),api:"/api/rooms",listKey:"rooms",columns:()=>[{label:T("name"),cell:e=>e.name},{label:T("capacity"),cell:e=>String(e.capacity)}],fields:()=>[{key:"name",label:T("name"),required:!0},{key:"capacity",label:T("capacity"),hint:T("capacityHint"),type:"number"}],name:e=>e.name,newHeading:()=>T("newRoom"),editHeading:e=>T("editRoom",{name:e.name}),values:e=>({name:e?.name??"",capacity:e?String(e.capacity):""}),body:(e,t)=>({...t??{},name:e.name,capacity:Je(e.capacity)})}),Kt=$e({path:"/admin/skabeloner",title:()=>T("templates"),api:"/api/templates",listKey:"templates",columns:()=>[{label:T("templateName"),cell:e=>e.name},{label:T("meetingType"),cell:e=>e.fields.meetingType??""},{label:T("form"),cell:e=>e.fields.form?T(e.fields.form):""},{label:T("duration"),cell:e=>e.fields.durationMinutes?String(e.fields.durationMinutes):""}],fields:()=>[{key:"name",label:T("templateName"),required:!0},{key:"fields.meetingType",label:T("meetingType")},{key:"fields.form",label:T("form"),options:[{value:"",label:"—"},{value:"individual",label:T("individual")},{value:"group",label:T("group")}]},{key:"fields.channel",label:T("channel"),options:[{value:"",label:"—"},{value:"in_person",label:T("in_person")},{value:"phone",label:T("phoneChannel")},{value:"digital",label:T("digital")}]},{key:"fields.durationMinutes",label:T("duration"),type:"number"},{key:"fields.description",label:T("description")}],name:e=>e.name,newHeading:()=>T("newTemplate"),editHeading:e=>T("editTemplate",{name:e.name}),values:e=>({name:e?.name??"","fields.meetingType":e?.fields.meetingType??"","fields.form":e?.fields.form??"","fields.channel":e?.fields.channel??"","fields.durationMinutes":e?.fields.durationMinutes?String(e.fields.durationMinutes):"","fields.description":e?.fields.description??""}),body:(e,t)=>{let n={...t?.fields??{}},a=(r,o)=>{o===""||o===void 0?delete n[r]:n[r]=o};return a("meetingType",e["fields.meetingType"]),a("form",e["fields.form"]),a("channel",e["fields.channel"]),a("durationMinutes",e["fields.durationMinutes"]?Je(e["fields.durationMinutes"]):""),a("description",e["fields.description"]),{...t??{},name:e.name,fields:n}}});var R=E({title:["Vejledere","Advisors"],name:["Navn","Name"],team:["Team","Team"],chooseTeam:["Vælg team","Choose a team"],mail:["Mail","Mail"],phone:["Telefon","Phone"],calendar:["Kalender","Calendar"],none:["Ingen","None"],caldav:["CalDAV","CalDAV"],graph:["Microsoft 365 (Graph)","Microsoft 365 (Graph)"],newAdvisor:["Ny vejleder","New advisor"],editAdvisor:["Rediger vejleder: {name}","Edit advisor: {name}"],ownHours:["Egne arbejdstider","Own working hours"],ownHoursHint:["Uden egne arbejdstider gælder teamets eller jobcentrets.","Without own working hours, the team's or the job centre's apply."],calHeading:["Kalenderforbindelse","Calendar connection"],calIntro:["Planner læser og skriver vejlederens egen kalender (to-vejs synkronisering).","Planner reads and writes the advisor's own calendar (two-way sync)."],kind:["Kalendertype","Calendar kind"],url:["Adresse (URL)","Address (URL)"],urlHint:["CalDAV: kalenderens adresse. Microsoft 365: kan stå tom.","CalDAV: the calendar's address. Microsoft 365: may be empty."],username:["Brugernavn","User name"],usernameHint:["CalDAV: brugernavnet. Microsoft 365: vejlederens mailadresse.","CalDAV: the user name. Microsoft 365: the advisor's mail address."],secret:["Adgangskode","Password"],secretKeep:["Adgangskoden vises aldrig. Lad feltet stå tomt for at beholde den gemte, eller skriv en ny for at ændre den.","The password is never shown. Leave the field empty to keep the stored one, or type a new one to change it."],secretNew:["Adgangskoden vises aldrig, når den er gemt.","The password is never shown once stored."],saveCal:["Gem kalenderforbindelse","Save the calendar connection"],removeCal:["Fjern kalenderforbindelse","Remove the calendar connection"],removeCalQ:["Fjern kalenderforbindelsen?","Remove the calendar connection?"],removeCalBody:["Planner holder op med at læse og skrive {name}s kalender.","Planner stops reading and writing {name}'s calendar."],calSaved:["Kalenderforbindelsen er gemt.","The calendar connection is saved."],calRemoved:["Kalenderforbindelsen er fjernet.","The calendar connection is removed."],connected:["{kind}, {user}","{kind}, {user}"]}),bt=[],Ze={own:!1,hours:Ie()},An=e=>R(e==="caldav"?"caldav":e==="graph"?"graph":"none");function Sn(e,t){let n=document.createElement("div"),a=e.calendar??{},r={kind:a.kind??"",url:a.url??"",username:a.username??"",secret:""},o,i=Ye;Ye="";let c=()=>{let l=[{key:"kind",label:R("kind"),options:[{value:"",label:R("none")},{value:"caldav",label:R("caldav")},{value:"graph",label:R("graph")}]},...r.kind?[{key:"url",label:R("url"),hint:R("urlHint"),type:"url"},{key:"username",label:R("username"),hint:R("usernameHint")},...r.kind==="caldav"?[{key:"secret",label:R("secret"),hint:a.kind?R("secretKeep"):R("secretNew"),type:"password",autocomplete:"new-password"}]:[]]:[]];D(s`<section class="planner-calendar" aria-labelledby="cal-h">
        <h2 id="cal-h">${R("calHeading")}</h2>
        <p>${R("calIntro")}</p>
        ${J(i)} ${N(fe(o,l.map($=>$.key)))}
        <form novalidate @submit=${f}>
          ${l.map($=>ve("cal",$,r,o,(_,b)=>{r[_]=b,_==="kind"&&c()}))}
          <div class="planner-form-actions">
            <button class="button button-primary" type="submit">${R("saveCal")}</button>
            ${a.kind?s`<button class="button button-secondary" type="button" @click=${m}>${R("removeCal")}</button>`:g}
          </div>
        </form>
      </section>`,n)},f=async l=>{l.preventDefault();try{r.kind?await pe(`/api/advisors/${e.id}/calendar`,{kind:r.kind,url:r.url,username:r.username,secret:r.secret,pullEveryMinutes:a.pullEveryMinutes??0}):a.kind&&await _e(`/api/advisors/${e.id}/calendar`),r.secret="",o=void 0,i=r.kind?R("calSaved"):R("calRemoved"),V(i),Ye=i,await t()}catch($){o=$,i="",c(),n.querySelector("[aria-invalid=true], [role=alert]")?.focus()}},m=async()=>{if(await se({title:R("removeCalQ"),body:R("removeCalBody",{name:e.name}),ok:R("removeCal"),danger:!0}))try{await _e(`/api/advisors/${e.id}/calendar`),i=R("calRemoved"),V(i),Ye=i,await t()}catch(l){o=l,c()}};return c(),{host:n,draw:c}}var Ye="",He,Jt=$e({path:"/admin/vejledere",title:()=>R("title"),api:"/api/advisors",listKey:"advisors",async prepare(){bt=(await C("/api/teams")).teams},sort:e=>[...e].sort((t,n)=>t.name.localeCompare(n.name,"da")),columns:()=>[{label:R("name"),cell:e=>e.name},{label:R("team"),cell:e=>bt.find(t=>t.id===e.teamId)?.name??""},{label:R("mail"),cell:e=>e.mail??""},{label:R("phone"),cell:e=>e.phone??""},{label:R("calendar"),cell:e=>e.calendar?.kind?R("connected",{kind:An(e.calendar.kind),user:e.calendar.username??""}):R("none")}],fields:()=>[{key:"name",label:R("name"),required:!0},{key:"teamId",label:R("team"),options:[{value:"",label:R("chooseTeam")},...ht(bt)]},{key:"mail",label:R("mail"),type:"email",autocomplete:"email"},{key:"phone",label:R("phone"),type:"tel",autocomplete:"tel"}],extraKeys:["hours"],reset:e=>Ve(Ze,e?.hours),extra:(e,t,n)=>We(Ze,R("ownHours"),R("ownHoursHint"),t,n),after(e,t,n){let a=JSON.stringify(e.calendar??{});return(!He||He.id!==e.id||He.calId!==a)&&(He={id:e.id,calId:a,host:Sn(e,n).host}),s`${He.host}`},name:e=>e.name,newHeading:()=>R("newAdvisor"),editHeading:e=>R("editAdvisor",{name:e.name}),values:e=>({name:e?.name??"",teamId:e?String(e.teamId):"",mail:e?.mail??"",phone:e?.phone??""}),body:(e,t)=>{let{calendar:n,...a}=t??{};return{...a,name:e.name,teamId:e.teamId?Je(e.teamId):0,mail:e.mail,phone:e.phone,hours:Ze.own?Ze.hours:null}}});var M=E({title:["Jobcenter","Job centre"],settings:["Indstillinger","Settings"],mails:["Notifikationsmails","Notification mails"],conflictMail:["Mail når en vejleder lægger en privat aftale oven i et borgermøde","Mail when an advisor puts a private appointment over a citizen meeting"],browseMail:["Mail når en borger bladrer i måneder uden ledige tider","Mail when a citizen browses months without free times"],closing:["Lukkedage","Closing days"],openDec24:["Åbent 24. december","Open on 24 December"],openDec31:["Åbent 31. december","Open on 31 December"],openConstitutionDay:["Åbent 5. juni (grundlovsdag)","Open on 5 June (Constitution Day)"],extra:["Ekstra lukkedage","Extra closing days"],extraHint:["Én dato pr. linje, fx 2026-12-28.","One date a line, e.g. 2026-12-28."],hours:["Standardarbejdstider","Default working hours"],hoursHint:["Gælder vejledere, hvis hverken de selv eller deres team har arbejdstider.","Apply to advisors when neither they nor their team have working hours."],save:["Gem indstillinger","Save the settings"],saved:["Indstillingerne er gemt.","The settings are saved."],graph:["Microsoft 365 (Graph-app)","Microsoft 365 (Graph app)"],graphIntro:["Jobcentrets app-registrering i Microsoft Entra ID, som Planner læser og skriver Outlook-kalendere med.","The job centre's app registration in Microsoft Entra ID, through which Planner reads and writes Outlook calendars."],tenantId:["Tenant-id (katalog)","Tenant id (directory)"],clientId:["Klient-id (applikation)","Client id (application)"],secret:["Klienthemmelighed","Client secret"],secretStored:["En hemmelighed er gemt og vises aldrig. Lad feltet stå tomt for at beholde den, eller skriv en ny for at ændre den.","A secret is stored and never shown. Leave the field empty to keep it, or type a new one to change it."],secretNone:["Der er ikke gemt nogen hemmelighed.","No secret is stored."],tokenUrl:["Token-adresse (valgfri)","Token address (optional)"],graphUrl:["Graph-adresse (valgfri)","Graph address (optional)"],saveGraph:["Gem Graph-app","Save the Graph app"],graphSaved:["Graph-appen er gemt.","The Graph app is saved."]}),vt=["conflictMail","browseMail","openDec24","openDec31","openConstitutionDay"],Zt={path:"/admin/jobcenter",title:()=>M("title"),roles:["admin"],async render(e){let t=`/api/jobcenters/${e.me.jobcenterId}`,n,a="",r={days:[]},o={},i={tenantId:"",clientId:"",secret:"",tokenUrl:"",graphUrl:""},c,f,m="",l="",$=()=>{let w=Ee(c,"extraClosingDays"),A=[{key:"tenantId",label:M("tenantId")},{key:"clientId",label:M("clientId")},{key:"secret",label:M("secret"),hint:o.hasSecret?M("secretStored"):M("secretNone"),type:"password",autocomplete:"new-password"},{key:"tokenUrl",label:M("tokenUrl"),type:"url"},{key:"graphUrl",label:M("graphUrl"),type:"url"}];D(s`${be("/admin/jobcenter")}
          <h1 tabindex="-1">${M("title")}</h1>
          ${n?s`<section aria-labelledby="settings-h">
                <h2 id="settings-h">${M("settings")}</h2>
                ${J(m)} ${N(fe(c,["extraClosingDays","defaultHours",...vt]))}
                <form novalidate @submit=${d}>
                  <fieldset>
                    <legend class="form-label">${M("mails")}</legend>
                    ${vt.slice(0,2).map(P=>_(P))}
                  </fieldset>
                  <fieldset>
                    <legend class="form-label">${M("closing")}</legend>
                    ${vt.slice(2).map(P=>_(P))}
                    <div class="form-group ${w?"form-error":""}">
                      <label class="form-label" for="s-extra">${M("extra")}</label>
                      <span class="form-hint" id="s-extra-hint">${M("extraHint")}</span>
                      ${w?s`<span class="form-error-message" id="s-extra-error">${w}</span>`:g}
                      <textarea class="form-input" id="s-extra" rows="4" aria-describedby="s-extra-hint${w?" s-extra-error":""}" aria-invalid=${w?"true":"false"}
                        .value=${a} @input=${P=>a=P.target.value}></textarea>
                    </div>
                  </fieldset>
                  <p class="form-hint" id="s-hours-hint">${M("hoursHint")}</p>
                  ${ut("s","defaultHours",M("hours"),r,c,$)}
                  <div class="planner-form-actions"><button class="button button-primary" type="submit">${M("save")}</button></div>
                </form>
              </section>`:N(c)}
          <section aria-labelledby="graph-h">
            <h2 id="graph-h">${M("graph")}</h2>
            <p>${M("graphIntro")}</p>
            ${J(l)} ${N(fe(f,A.map(P=>P.key)))}
            <form novalidate @submit=${v}>
              ${A.map(P=>ve("g",P,i,f,(we,nt)=>i[we]=nt))}
              <div class="planner-form-actions"><button class="button button-primary" type="submit">${M("saveGraph")}</button></div>
            </form>
          </section>`,e.main)},_=w=>s`<div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="s-${w}" .checked=${n[w]} @change=${A=>n[w]=A.target.checked} />
      <label class="form-label" for="s-${w}">${M(w)}</label>
    </div>`,b=w=>{n=w,a=(w.extraClosingDays??[]).join(`
`),r=ft(w.defaultHours)},p=w=>{o=w,Object.assign(i,{tenantId:w.tenantId??"",clientId:w.clientId??"",secret:"",tokenUrl:w.tokenUrl??"",graphUrl:w.graphUrl??""})},d=async w=>{w.preventDefault();let A=a.split(/[\s,]+/).filter(Boolean);try{b(await pe(`${t}/settings`,{...n,extraClosingDays:A,defaultHours:r})),c=void 0,m=M("saved"),V(m)}catch(P){c=P,m=""}$(),c&&e.main.querySelector("[aria-invalid=true], [role=alert]")?.focus()},v=async w=>{w.preventDefault();try{p(await pe(`${t}/graph-app`,{...i})),f=void 0,l=M("graphSaved"),V(l)}catch(A){f=A,l=""}$(),f&&e.main.querySelector("#g-tenantId[aria-invalid=true], [aria-invalid=true], [role=alert]")?.focus()};try{b(await C(`${t}/settings`))}catch(w){c=w}try{p(await C(`${t}/graph-app`))}catch(w){w instanceof j&&w.status===404||(f=w)}$()}};var $t=E({title:["Administration","Administration"],intro:["Her opsætter du jobcentrets teams, vejledere, lokaler, skabeloner og indstillinger.","Here you set up the job centre's teams, advisors, rooms, templates and settings."]}),xn={path:"/admin",title:()=>$t("title"),roles:["admin"],render(e){D(s`${be("/admin")}
        <h1>${$t("title")}</h1>
        <p>${$t("intro")}</p>
        <ul class="nav-list planner-admin-links">
          ${pt.slice(1).map(t=>s`<li><a href=${t.path}>${t.label()}</a></li>`)}
        </ul>`,e.main)}},Yt=[xn,Wt,Jt,Gt,Kt,Zt];var re=E({"jobnet.pending":["Afventer","Waiting"],"jobnet.done":["Synkroniseret","Synced"],"jobnet.failed":["Fejlet","Failed"],"state.pending":["Internt oprettet","Created internally"],"state.sent":["Eksternt kommunikeret","Sent"],"channel.digital":["Digitalt","Digital"],"channel.in_person":["Personligt fremmøde","In person"],"channel.phone":["Telefonisk","By phone"],"form.individual":["Individuelt møde","Individual meeting"],"form.group":["Fællesmøde","Group meeting"],deadlineExceeded:["Frist overskredet","Deadline exceeded"],seenOn:["Set af borgeren {date}","Seen by the citizen {date}"],yes:["Ja","Yes"],no:["Nej","No"]});function yt(e){let t={};for(let[n,a]of Object.entries(e))a!==void 0&&a!==""&&!(Array.isArray(a)&&a.length===0)&&(t[n]=a);return K("/api/summonses/query",t)}var Rn=e=>re(`jobnet.${e}`),Qe=e=>re(`state.${e}`),Xe=e=>e?re(`channel.${e}`):"",et=e=>re(`form.${e}`),ye=e=>re(e?"yes":"no");function De(e){return e.deadlineExceeded?s`<span class="planner-icon planner-icon--deadline" role="img" aria-label=${re("deadlineExceeded")} title=${re("deadlineExceeded")}>!</span>`:g}function Ne(e){if(!e.seenAt)return g;let t=re("seenOn",{date:B(e.seenAt)});return s`<span class="planner-icon planner-icon--seen" role="img" aria-label=${t} title=${t}>✓</span>`}function ke(e){return s`<span class="planner-sync planner-sync--${e.jobnet}">${Rn(e.jobnet)}</span>`}var k=E({card:["Borgerkort","Citizen card"],name:["Navn","Name"],cpr:["CPR-nr.","CPR no."],contactGroup:["Kontaktgruppe","Contact group"],assessment:["Visitationsgruppe","Assessment group"],registeredSince:["Tilmeldt siden","Registered since"],inActivation:["I aktivering","In activation"],otherActor:["Hos anden aktør","With an other actor"],fund:["A-kasse","Unemployment fund"],bookingDeadline:["Bookingfrist","Booking deadline"],dropDate:["Falddato","Drop date"],summonses:["Borgerens indkaldelser","The citizen's summonses"],noSummonses:["Borgeren har ingen indkaldelser.","The citizen has no summonses."],"col.number":["Indkaldelsesnr.","Summons no."],"col.date":["Dato og tid","Date and time"],"col.type":["Type","Type"],"col.state":["Status","State"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.at":["Tidspunkt","Time"],"col.actor":["Udført af","By"],"col.action":["Handling","Action"],"col.entity":["Gælder","Concerns"],summons:["Indkaldelse {number}","Summons {number}"],details:["Detaljer","Details"],state:["Status","State"],when:["Mødetidspunkt","Meeting time"],form:["Mødeform","Meeting form"],type:["Samtaletype","Meeting type"],channel:["Afholdelsesform","Channel"],team:["Team","Team"],advisors:["Vejledere","Advisors"],room:["Lokale","Room"],summoner:["Indkalder","Summoner"],holding:["Afholdelsesfrist","Holding deadline"],seen:["Set af borgeren","Seen by the citizen"],notSeen:["Ikke set endnu","Not seen yet"],jobnet:["Jobnet sync","Jobnet sync"],inCalendar:["Overført til kalender","Transferred to calendar"],participants:["Deltagere ({n})","Participants ({n})"],audit:["Revisionslog","Revision log"],noAudit:["Ingen ændringer er logget.","No changes are logged."],"action.create":["Oprettet","Created"],"action.update":["Ændret","Changed"],"action.send":["Sendt til Jobnet","Sent to Jobnet"],"action.move":["Flyttet","Moved"],"action.cancel":["Aflyst","Cancelled"],"action.delete":["Slettet","Deleted"],"entity.meeting":["Mødet","The meeting"],"entity.summons":["Indkaldelse","Summons"],"entity.offer":["Tilbuddet","The offer"],notFound:["Indkaldelsen findes ikke","Summons not found"],notFoundBody:["Der er ingen indkaldelse med nummeret {number} i jobcentret.","There is no summons numbered {number} in the job centre."],back:["Tilbage til søgning","Back to search"],"col.remove":["Fjern","Remove"],remove:["Fjern fra mødet","Remove from the meeting"],removeTitle:["Fjern deltager fra fællesmødet","Remove a participant from the group meeting"],removeBody:["Er du sikker på, at du vil fjerne {name} fra fællesmødet? De øvrige deltagere bliver på mødet.","Are you sure you want to remove {name} from the group meeting? The other participants stay."],removeOk:["Fjern","Remove"],removed:["{name} er fjernet fra mødet.","{name} was removed from the meeting."],loading:["Henter …","Loading …"]}),F=(e,t,n="")=>s`<div><dt>${e}</dt><dd data-fact=${n||g}>${t||"–"}</dd></div>`;function Qt(e,t,n){let a=[...n].sort((r,o)=>o.start.localeCompare(r.start));return s`<section class="planner-card" aria-labelledby="citizen-card-h">
    <h2 id="citizen-card-h" tabindex="-1">${k("card")}: ${e.name}</h2>
    <dl class="planner-facts">
      ${F(k("name"),e.name,"name")} ${F(k("cpr"),t,"cpr")} ${F(k("contactGroup"),e.contactGroup??"")}
      ${F(k("assessment"),e.assessment??"")} ${F(k("registeredSince"),B(e.registeredSince))}
      ${F(k("inActivation"),ye(!!e.inActivation))} ${F(k("otherActor"),ye(!!e.otherActor))}
      ${F(k("fund"),e.unemploymentFund??"")} ${F(k("bookingDeadline"),B(e.bookingDeadline))}
      ${F(k("dropDate"),B(e.dropDate))}
    </dl>
    <h3>${k("summonses")}</h3>
    ${a.length===0?s`<p>${k("noSummonses")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${k("summonses")}>
          <table class="table table--compact" id="citizen-summonses">
            <thead>
              <tr>
                <th scope="col">${k("col.number")}</th>
                <th scope="col">${k("col.date")}</th>
                <th scope="col">${k("col.type")}</th>
                <th scope="col">${k("col.state")}</th>
                <th scope="col">${k("col.team")}</th>
                <th scope="col">${k("col.advisor")}</th>
                <th scope="col">${k("col.jobnet")}</th>
              </tr>
            </thead>
            <tbody>
              ${a.map(r=>s`<tr>
                  <td><a href="/soeg/indkaldelse/${encodeURIComponent(r.number)}">${r.number}</a></td>
                  <td class="planner-nowrap">${X(r.start)}</td>
                  <td>${r.meetingType}${r.variant?` – ${r.variant}`:""}</td>
                  <td>${Qe(r.state)}</td>
                  <td>${r.teamName}</td>
                  <td>${r.advisorName}</td>
                  <td>${ke(r)}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
  </section>`}var Xt={path:"/soeg/indkaldelse/:number",title:()=>k("summons",{number:""}).trim(),async render(e){let t=e.params.number,n=d=>D(s`<p><a href="/soeg" class="back-link">${k("back")}</a></p><h1>${k("summons",{number:t})}</h1>${d}`,e.main);n(s`<p>${k("loading")}</p>`);let a,r=[];try{let[d,v]=await Promise.all([K("/api/search",{q:t}),C("/api/advisors")]);a=d.summonses,r=v.advisors}catch(d){n(s`${N(d)}`);return}if(e.signal.aborted)return;let o=a.find(d=>d.number===t);if(!o){n(s`<p>${k("notFoundBody",{number:t})}</p>`);return}let i,c;try{i=(await C(`/api/meetings/${o.meetingId}/audit`)).entries}catch(d){c=d}if(e.signal.aborted)return;let f=d=>r.find(v=>v.id===d)?.name??`#${d}`,m=a.filter(d=>d.meetingId===o.meetingId),l=o.form==="group"&&m.some(d=>d.state==="pending"),$,_=async d=>{if(!await se({title:k("removeTitle"),body:k("removeBody",{name:d.citizenName}),ok:k("removeOk"),danger:!0}))return;try{await K(`/api/summonses/${d.summonsId}/remove`)}catch(A){$=A,p();return}V(k("removed",{name:d.citizenName}));let w=d.number===t?m.find(A=>A.summonsId!==d.summonsId):o;e.navigate(w?`/soeg/indkaldelse/${encodeURIComponent(w.number)}`:"/soeg",!0)},b=d=>d.entity==="summons"?m.find(v=>v.summonsId===d.entityId)?.number??`#${d.entityId}`:"",p=()=>n(s`${N($)}<dl class="planner-facts" aria-label=${k("details")}>
        ${F(k("state"),Qe(o.state),"state")}
        ${F(k("when"),`${X(o.start)}`,"when")}
        ${F(k("form"),et(o.form))}
        ${F(k("type"),o.variant?`${o.meetingType} – ${o.variant}`:o.meetingType)}
        ${F(k("channel"),Xe(o.channel))}
        ${F(k("team"),o.teamName)}
        ${F(k("advisors"),s`${o.advisors.map((d,v)=>s`${v>0?", ":""}${v===0?s`<strong>${f(d)}</strong>`:f(d)}`)}`)}
        ${F(k("room"),o.roomName??"")}
        ${F(k("summoner"),o.summoner)}
        ${F(k("holding"),s`${B(o.holdingDeadline)} ${De(o)}`)}
        ${F(k("seen"),o.seenAt?s`${Ne(o)} ${X(o.seenAt)}`:k("notSeen"))}
        ${F(k("jobnet"),s`${ke(o)} ${o.jobnetAt?X(o.jobnetAt):""}`,"jobnet")}
        ${F(k("inCalendar"),ye(o.inCalendar))}
      </dl>
      <h2>${k("participants",{n:m.length})}</h2>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${k("participants",{n:m.length})}>
        <table class="table table--compact" id="summons-participants">
          <thead>
            <tr>
              <th scope="col">${k("col.number")}</th>
              <th scope="col">${k("col.name")}</th>
              <th scope="col">${k("col.cpr")}</th>
              <th scope="col">${k("col.state")}</th>
              <th scope="col">${k("col.deadline")}</th>
              <th scope="col">${k("col.seen")}</th>
              <th scope="col">${k("col.jobnet")}</th>
              ${l?s`<th scope="col">${k("col.remove")}</th>`:g}
            </tr>
          </thead>
          <tbody>
            ${m.map(d=>s`<tr>
                <td>${d.number===t?s`<strong>${d.number}</strong>`:s`<a href="/soeg/indkaldelse/${encodeURIComponent(d.number)}">${d.number}</a>`}</td>
                <td>${d.citizenName}</td>
                <td>${d.cpr}</td>
                <td>${Qe(d.state)}</td>
                <td>${De(d)}</td>
                <td>${Ne(d)}</td>
                <td>${ke(d)}</td>
                ${l?s`<td>${d.state==="pending"?s`<button class="button button-secondary button-small" type="button" @click=${()=>void _(d)}>${k("remove")}<span class="sr-only">: ${d.citizenName}</span></button>`:g}</td>`:g}
              </tr>`)}
          </tbody>
        </table>
      </div>
      <h2>${k("audit")}</h2>
      ${c?N(c):!i||i.length===0?s`<p>${k("noAudit")}</p>`:s`<table class="table table--compact" id="summons-audit">
              <thead>
                <tr>
                  <th scope="col">${k("col.at")}</th>
                  <th scope="col">${k("col.action")}</th>
                  <th scope="col">${k("col.entity")}</th>
                  <th scope="col">${k("col.actor")}</th>
                </tr>
              </thead>
              <tbody>
                ${i.map(d=>s`<tr>
                    <td class="planner-nowrap">${B(d.at)} ${G(d.at)}</td>
                    <td>${k(`action.${d.action}`)||d.action}</td>
                    <td>${k(`entity.${d.entity}`)} ${b(d)}</td>
                    <td>${d.actor}</td>
                  </tr>`)}
              </tbody>
            </table>`}`);p()}};var H=E({title:["Kalenderforbindelser","Calendar connections"],intro:["Forbindelsen til hver vejleders egen kalender. En vejleder, hvis kalender ikke kan læses, får ikke tilbudt tider, før den læses igen.","The connection to each advisor's own calendar. An advisor whose calendar cannot be read is offered no times until it is read again."],advisor:["Vejleder","Advisor"],team:["Team","Team"],kind:["Kalender","Calendar"],lastRead:["Sidst læst","Last read"],lag:["Forsinkelse","Lag"],error:["Fejl","Error"],healthy:["I orden","Healthy"],offered:["Tilbydes tider","Offered"],"kind.caldav":["CalDAV","CalDAV"],"kind.graph":["Outlook (Microsoft 365)","Outlook (Microsoft 365)"],none:["Ingen forbindelse","Not connected"],never:["Aldrig","Never"],yes:["Ja","Yes"],no:["Nej","No"],seconds:["{n} sek.","{n} s"],minutes:["{n} min.","{n} min"],hours:["{n} t.","{n} h"],days:["{n} døgn","{n} days"],authFailed:["Kalenderen afviste brugernavn eller adgangskode.","The calendar refused the user name or password."],writeError:["Skrivning fejlede: {error}","Writing failed: {error}"],retired:["{n} tidligere kalendere ryddes op","{n} earlier calendars being cleaned up"],updated:["Opdateret {time} — opdateres hvert 10. sekund","Updated {time} — refreshed every 10 seconds"],caption:["Vejledernes kalenderforbindelser","The advisors' calendar connections"],loading:["Henter …","Loading …"]}),_n=e=>!!e&&!e.startsWith("0001-01-01");function Cn(e){if(e===void 0)return H("never");let t=Math.max(0,Math.round(e));return t<120?H("seconds",{n:t}):t<7200?H("minutes",{n:Math.round(t/60)}):t<172800?H("hours",{n:Math.round(t/3600)}):H("days",{n:Math.round(t/86400)})}var en={path:"/forbindelser",title:()=>H("title"),async render(e){let t,n=[],a=new Map,r,o,i=(m,l)=>s`<span class="planner-flag planner-flag--${m?"ok":"bad"} ${l}">${H(m?"yes":"no")}</span>`,c=()=>{e.signal.aborted||D(s`<h1>${H("title")}</h1>
          <p>${H("intro")}</p>
          ${N(r)}
          ${t?s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${H("caption")}>
                <table class="table table--compact" id="connections">
                  <caption class="sr-only">${H("caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${H("advisor")}</th>
                      <th scope="col">${H("team")}</th>
                      <th scope="col">${H("kind")}</th>
                      <th scope="col">${H("lastRead")}</th>
                      <th scope="col">${H("lag")}</th>
                      <th scope="col">${H("healthy")}</th>
                      <th scope="col">${H("offered")}</th>
                      <th scope="col">${H("error")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${t.map(m=>{let l=a.get(m.id),$=n.find(p=>p.id===m.teamId)?.name??"";if(!l)return s`<tr data-advisor=${m.id}><th scope="row">${m.name}</th><td>${$}</td><td colspan="6">${H("loading")}</td></tr>`;if(l instanceof Error)return s`<tr data-advisor=${m.id}><th scope="row">${m.name}</th><td>${$}</td><td colspan="6">${N(l)}</td></tr>`;let _=[l.state.authFailed?H("authFailed"):"",l.state.lastError??"",l.state.writeError?H("writeError",{error:l.state.writeError}):"",!l.offered&&l.reason&&l.reason!==l.state.lastError?l.reason:""].filter(Boolean),b=l.retired.filter(p=>p.state!=="cleaned").length;return s`<tr data-advisor=${m.id}>
                        <th scope="row">${m.name}</th>
                        <td>${$}</td>
                        <td data-col="kind">${l.connected?H(`kind.${l.kind}`):H("none")}</td>
                        <td data-col="lastRead" class="planner-nowrap">${l.connected?_n(l.state.lastSuccess)?X(l.state.lastSuccess):H("never"):"–"}</td>
                        <td data-col="lag">${l.connected?Cn(l.lagSeconds):"–"}</td>
                        <td data-col="healthy">${l.connected?i(l.healthy,""):"–"}</td>
                        <td data-col="offered">${i(l.offered,"")}</td>
                        <td data-col="error">
                          ${_.map(p=>s`<p class="planner-error-text">${p}</p>`)}
                          ${b?s`<p class="form-hint">${H("retired",{n:b})}</p>`:g}
                        </td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${o?s`<p class="form-hint" aria-live="off">${H("updated",{time:G(o)})}</p>`:g}`:r?g:s`<p>${H("loading")}</p>`}`,e.main)},f=async()=>{try{if(!t){let[m,l]=await Promise.all([C("/api/advisors"),C("/api/teams")]);t=m.advisors,n=l.teams,c()}await Promise.all(t.map(async m=>{try{a.set(m.id,await C(`/api/advisors/${m.id}/calendar/status`))}catch(l){a.set(m.id,l instanceof Error?l:new Error(String(l)))}})),r=void 0,o=new Date}catch(m){r=m}c()};c(),await f(),e.every(1e4,f)}};var L=E({title:["Hvorfor er tiden ikke ledig?","Why is this time not free?"],intro:["Vælg et onlinetilbud, en vejleder og et tidspunkt. Planner svarer, om tiden er ledig, og ellers hvad der forhindrer den.","Choose an online offer, an advisor and a time. Planner answers whether the time is free and, if not, what stands in its way."],back:["Tilbage til ledige tider","Back to free times"],offer:["Onlinetilbud","Online offer"],chooseOffer:["Vælg et tilbud","Choose an offer"],inactive:["{name} (ikke aktivt)","{name} (not active)"],advisor:["Vejleder","Advisor"],chooseAdvisor:["Vælg en vejleder","Choose an advisor"],date:["Dato","Date"],time:["Klokkeslæt","Time"],submit:["Undersøg tiden","Check the time"],required:["Skal udfyldes","Is required"],free:["Tiden {when} er ledig hos {advisor}.","The time {when} is free with {advisor}."],notFree:["Tiden {when} er ikke ledig hos {advisor}:","The time {when} is not free with {advisor}:"],answer:["Svar","Answer"],detail:["Detaljer: {text}","Details: {text}"],"code.offer_inactive":["Tilbuddet er ikke aktivt.","The offer is not active."],"code.offer_not_open":["Tilbuddet er endnu ikke åbnet for booking.","The offer is not yet open for booking."],"code.advisor_not_on_offer":["Vejlederen er ikke tilknyttet tilbuddet.","The advisor is not on the offer."],"code.off_grid":["Tidspunktet passer ikke med tilbuddets starttidspunkter.","The time is not one of the offer's start times."],"code.notice":["En booking kræver mindst 1 dags varsel.","A booking needs 1 day's notice."],"code.before_first_date":["Tidspunktet ligger før tilbuddets første mødedato.","The time is before the offer's first meeting date."],"code.window":["Tidspunktet ligger uden for bookingperioden.","The time is outside the booking period."],"code.holiday":["Jobcentret har lukket den dag.","The job centre is closed that day."],"code.outside_hours":["Tidspunktet ligger uden for vejlederens arbejdstid.","The time is outside the advisor's working hours."],"code.absence":["Vejlederen er fraværende.","The advisor is absent."],"code.external_busy":["Vejlederens egen kalender er optaget.","The advisor's own calendar is busy."],"code.calendar_unreadable":["Vejlederens egen kalender kan ikke læses, så der tilbydes ingen tider.","The advisor's own calendar cannot be read, so no time is offered."],"code.meeting":["Vejlederen har et andet møde (afrapporteringstid medregnet).","The advisor has another meeting (reporting time included)."],"code.room_busy":["Lokalet er optaget.","The room is booked."],"code.no_session":["Ingen session i tilbuddet starter på dette tidspunkt.","No session of the offer starts at this time."],"code.seats_full":["Alle pladser er optaget.","Every seat is taken."],"code.seats_kept":["De resterende pladser er reserveret til ombooking.","The seats left are kept for rebooking."],busy:["Optaget {from}–{to}","Busy {from}–{to}"]});function En(e,t){let[n,a,r]=e.split("-").map(Number),[o,i]=t.split(":").map(Number),c=Date.UTC(n,a-1,r,o,i),f=new Intl.DateTimeFormat("en-GB",{timeZone:Ce,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}),m=$=>{let _=f.formatToParts(new Date($)),b=p=>Number(_.find(d=>d.type===p)?.value);return Date.UTC(b("year"),b("month")-1,b("day"),b("hour"),b("minute"),b("second"))-$},l=c-m(c);return l=c-m(l),new Date(l)}var In=e=>e.toISOString().replace(/\.\d{3}Z$/,"Z"),tn={path:"/ledige-tider/forklar",title:()=>L("title"),async render(e){let t=[],n=[],a={offer:e.query.get("offer")??"",advisor:e.query.get("advisor")??"",date:e.query.get("date")??"",time:e.query.get("time")??""},r,o,i=!1,c=()=>t.find(p=>String(p.id)===a.offer),f=p=>n.find(d=>String(d.id)===p)?.name??p,m=()=>{let p=["offer","advisor","date","time"].filter(d=>!a[d]).map(d=>({field:d,reason:L("required")}));return p.length?new j(422,L("required"),"",p,""):void 0},l=async()=>{if(o=void 0,r=m(),r)return b();i=!0,b();try{let p=En(a.date,a.time),d=await C(`/api/offers/${a.offer}/explain${ct({advisorId:a.advisor,start:In(p)})}`);if(e.signal.aborted)return;o={...d,when:`${B(p)} ${G(p)}`,advisor:f(a.advisor)}}catch(p){r=p instanceof j&&p.fields.length?new j(p.status,p.title,p.detail,p.fields.map(d=>({field:d.field==="advisorId"?"advisor":d.field==="start"?"date":d.field==="id"?"offer":d.field,reason:d.reason})),p.type,p.code):p}i=!1,b(),e.main.querySelector("#explain-answer")?.focus()},$=(p,d)=>{let v=`explain-${p}`,w=ae(r,p);return s`<div class="form-group ${w?"form-error":""}">
        <label class="form-label" for=${v}>${L(p)}</label>
        ${oe(r,p,v)}
        <input class="form-input planner-date" id=${v} name=${p} type=${d} .value=${a[p]} step=${d==="time"?"300":g}
          aria-invalid=${w?"true":g} aria-describedby=${w?`${v}-error`:g}
          @change=${A=>a[p]=A.target.value} />
      </div>`},_=(p,d,v)=>{let w=`explain-${p}`,A=ae(r,p);return s`<div class="form-group ${A?"form-error":""}">
        <label class="form-label" for=${w}>${L(p)}</label>
        ${oe(r,p,w)}
        <select class="form-select" id=${w} name=${p} .value=${a[p]} aria-invalid=${A?"true":g} aria-describedby=${A?`${w}-error`:g}
          @change=${P=>{a[p]=P.target.value,p==="offer"&&!c()?.advisors.map(String).includes(a.advisor)&&(a.advisor=""),b()}}>
          <option value="" ?selected=${!a[p]}>${v}</option>
          ${d.map(P=>s`<option value=${P.value} ?selected=${P.value===a[p]}>${P.label}</option>`)}
        </select>
      </div>`},b=()=>{if(e.signal.aborted)return;let p=c(),d=p?n.filter(v=>p.advisors.includes(v.id)):n;D(s`<p><a href="/ledige-tider" class="back-link">${L("back")}</a></p>
          <h1>${L("title")}</h1>
          <p>${L("intro")}</p>
          <form class="planner-explain" novalidate @submit=${v=>{v.preventDefault(),history.replaceState(history.state,"",location.pathname+ct(a)),l()}}>
            ${_("offer",t.map(v=>({value:String(v.id),label:v.active?v.name:L("inactive",{name:v.name})})),L("chooseOffer"))}
            ${_("advisor",d.map(v=>({value:String(v.id),label:v.name})),L("chooseAdvisor"))}
            <div class="planner-daterange">${$("date","date")} ${$("time","time")}</div>
            <button class="button button-primary" type="submit" ?disabled=${i}>${L("submit")}</button>
          </form>
          ${r instanceof j&&r.fields.length?g:N(r)}
          ${o?s`<section id="explain-answer" tabindex="-1" aria-label=${L("answer")} class="planner-answer">
                ${o.free?J(L("free",{when:o.when,advisor:o.advisor})):s`<div class="alert alert-warning" role="status">
                      <div class="alert-body">
                        <p class="alert-heading">${L("notFree",{when:o.when,advisor:o.advisor})}</p>
                        <ul class="planner-obstacles">
                          ${o.obstacles.map(v=>s`<li data-code=${v.code}>
                              <strong>${L(`code.${v.code}`)}</strong>
                              ${v.interval?s` ${L("busy",{from:`${B(v.interval.start)} ${G(v.interval.start)}`,to:G(v.interval.end)})}.`:g}
                              <br /><span class="form-hint" data-detail>${L("detail",{text:Q()==="da"&&v.detailDa||v.detail})}</span>
                            </li>`)}
                        </ul>
                      </div>
                    </div>`}
              </section>`:g}`,e.main)};b();try{let[p,d]=await Promise.all([C("/api/offers"),C("/api/advisors")]);t=p.offers,n=d.advisors}catch(p){r=p}b(),a.offer&&a.advisor&&a.date&&a.time&&await l()}};var U=E({title:["Ledige tider","Free times"],intro:["Antal ledige tider pr. onlinetilbud og vejleder i de kommende 12 uger. Det aktuelle tal for ét tilbud ses på tilbuddets side.","Free places per online offer and advisor over the coming 12 weeks. The offer's own page shows its live figure."],offer:["Onlinetilbud","Online offer"],form:["Mødeform","Meeting form"],week:["Uge {n}","Week {n}"],weekLong:["Uge {n} {year}","Week {n} {year}"],none:["Ingen ledige tider","No free times"],noOffers:["Der er ingen aktive onlinetilbud.","There are no active online offers."],showAdvisors:["Vis vejledere for {offer}","Show advisors of {offer}"],allAdvisors:["Alle vejledere (fællesmøde)","All advisors (group meeting)"],explain:["Hvorfor er en tid ikke ledig?","Why is a time not free?"],updated:["Opdateret {time}","Updated {time}"],caption:["Ledige tider pr. uge","Free times per week"],loading:["Henter …","Loading …"]});function Hn(e){let[t,n,a]=e.split("-").map(Number),r=new Date(Date.UTC(t,n-1,a)),o=r.getUTCDay()||7;r.setUTCDate(r.getUTCDate()+4-o);let i=Date.UTC(r.getUTCFullYear(),0,1);return{year:r.getUTCFullYear(),week:Math.ceil(((r.getTime()-i)/864e5+1)/7)}}function Dn(e){let[t,n,a]=Ut(new Date).split("-").map(Number),r=[];for(let o=0;o<e;o++){let i=new Date(Date.UTC(t,n-1,a+7*o)).toISOString().slice(0,10);r.push(Hn(i))}return r}var nn={path:"/ledige-tider",title:()=>U("title"),async render(e){let t=new Set,n,a=[],r,o,i=Dn(12),c=l=>l===0?U("allAdvisors"):a.find($=>$.id===l)?.name??`#${l}`,f=l=>l?s`<td class="planner-num">${l}</td>`:s`<td class="planner-num"><span aria-hidden="true">-</span><span class="sr-only">${U("none")}</span></td>`,m=()=>{e.signal.aborted||D(s`<h1>${U("title")}</h1>
          <p>${U("intro")}</p>
          <p><a href="/ledige-tider/forklar">${U("explain")}</a></p>
          ${N(r)}
          ${n?n.length===0?s`<p>${U("noOffers")}</p>`:s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${U("caption")}>
                  <table class="table table--compact planner-freetimes" id="free-times">
                    <caption class="sr-only">${U("caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${U("offer")}</th>
                        <th scope="col">${U("form")}</th>
                        ${i.map(l=>s`<th scope="col" class="planner-num"><abbr title=${U("weekLong",{n:l.week,year:l.year})}>${U("week",{n:l.week})}</abbr></th>`)}
                      </tr>
                    </thead>
                    ${n.map(l=>{let $=p=>l.weeks.filter(d=>d.year===p.year&&d.week===p.week).reduce((d,v)=>d+v.count,0),_=[...new Set(l.weeks.map(p=>p.advisorId))],b=t.has(l.offerId);return s`<tbody data-offer=${l.offerId}>
                        <tr class="planner-offerrow">
                          <th scope="row">
                            ${_.length>0?s`<button class="button button-unstyled planner-expand" type="button" aria-expanded=${b?"true":"false"}
                                  aria-controls=${_.map(p=>`ft-${l.offerId}-${p}`).join(" ")} @click=${()=>{b?t.delete(l.offerId):t.add(l.offerId),m()}}><span aria-hidden="true">${b?"▾":"▸"}</span><span class="sr-only">${U("showAdvisors",{offer:l.name})}</span></button>`:g}
                            <a href="/tilbud/${l.offerId}">${l.name}</a>
                          </th>
                          <td>${et(l.form)}</td>
                          ${i.map(p=>f($(p)))}
                        </tr>
                        ${_.map(p=>s`<tr class="planner-advisorrow" id="ft-${l.offerId}-${p}" ?hidden=${!b} data-advisor=${p}>
                            <th scope="row" class="planner-indent">${c(p)}</th>
                            <td></td>
                            ${i.map(d=>f(l.weeks.find(v=>v.advisorId===p&&v.year===d.year&&v.week===d.week)?.count))}
                          </tr>`)}
                      </tbody>`})}
                  </table>
                </div>
                ${o?s`<p class="form-hint">${U("updated",{time:G(o)})}</p>`:g}`:r?g:s`<p>${U("loading")}</p>`}`,e.main)};m();try{let[l,$]=await Promise.all([C("/api/free-times-overview?weeks=12"),C("/api/advisors")]);n=l.offers,a=$.advisors,o=new Date}catch(l){r=l}m()}};var Z=E({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),an={path:"/",title:()=>Z("title"),async render(e){let t=[],n=(r,o)=>{let i=(r?.frontPage.absentNow??[]).map(c=>t.find(f=>f.id===c)?.name??`#${c}`);D(s`<h1>${Z("title")}</h1>
          ${N(o)}
          ${r?s`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${Z("absent")}</h2>
                    ${i.length===0?s`<p>${Z("noneAbsent")}</p>`:s`<ul class="planner-absent">
                          ${i.map(c=>s`<li>${c}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${Z("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${Z("notSent")}</dt><dd data-count="notSent">${r.frontPage.notSent}</dd></div>
                      <div><dt>${Z("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${r.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${Z("deadline")}</dt><dd data-count="deadlineExceeded">${r.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${Z("pending")}</a>: <span data-count="pendingCounter">${Z("pendingCount",{n:r.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${Z("updated",{time:G(r.at)})}</p>`:""}`,e.main)},a=async()=>{try{let[r,o]=await Promise.all([C("/api/advisors"),C("/api/front-page")]);t=r.advisors,n(o)}catch(r){n(void 0,r)}};await a(),e.every(1e4,a)}};var h=E({"title.pending":["Afventerliste","Pending list"],"title.follow_up":["Opfølgningsliste","Follow-up list"],"intro.pending":["Indkaldelser, der er oprettet internt og endnu ikke sendt til Jobnet. Markeres en indkaldelse til et fællesmøde, markeres alle mødets deltagere.","Summonses created internally and not yet sent to Jobnet. Selecting a group meeting's summons selects all its participants."],"intro.follow_up":["Indkaldelser, der er sendt til Jobnet: én række pr. borger pr. indkaldelse.","Summonses sent to Jobnet: one row per citizen per summons."],tabs:["Lister over indkaldelser","Summons lists"],counter:["{n} afventende møder fra i dag","{n} pending meetings from today"],filters:["Filtrér","Filter"],search:["Søg på indkaldelsesnr., navn eller CPR-nr.","Search by summons no., name or CPR no."],searchHint:["Søgningen gemmes ikke i adressen.","The search is not kept in the address."],searchButton:["Søg","Search"],dateField:["Datofelt","Date field"],"dateField.none":["Ingen datofiltrering","No date filter"],"dateField.meeting":["Indkaldelsesdato","Summons date"],"dateField.holding_deadline":["Afholdelsesfrist","Holding deadline"],"dateField.sent":["Sendt til Jobnet","Sent to Jobnet"],from:["Fra","From"],to:["Til","To"],team:["Team (med underteams)","Team (with sub-teams)"],advisor:["Ansvarlig vejleder","Responsible advisor"],type:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],channel:["Afholdelsesform","Channel"],deadline:["Frist overskredet","Deadline exceeded"],seen:["Set af borgeren","Seen by the citizen"],status:["Status","Status"],"status.all":["Alle møder","All meetings"],"status.current":["Skjul gamle møder","Hide old meetings"],all:["Alle","All"],yes:["Ja","Yes"],no:["Nej","No"],reset:["Nulstil","Reset"],"col.select":["Vælg","Select"],"col.number":["Indkaldelsesnr.","Summons no."],"col.name":["Navn","Name"],"col.cpr":["CPR-nr.","CPR no."],"col.date":["Indkaldelsesdato","Summons date"],"col.rebook":["Ombookingsfrist","Rebook deadline"],"col.holding":["Afholdelsesfrist","Holding deadline"],"col.deadline":["Frist","Deadline"],"col.seen":["Set","Seen"],"col.team":["Team","Team"],"col.advisor":["Ansvarlig vejleder","Responsible advisor"],"col.advisors":["Vejledere","Advisors"],"col.room":["Lokale","Room"],"col.summoner":["Indkalder","Summoner"],"col.type":["Type","Type"],"col.jobnet":["Jobnet sync status","Jobnet sync status"],"col.jobnetAt":["Jobnet sync dato","Jobnet sync date"],"col.inCalendar":["Overført til kalender","Transferred to calendar"],sortNone:[", klik for at sortere",", click to sort"],sortAsc:[", sorteret stigende",", sorted ascending"],sortDesc:[", sorteret faldende",", sorted descending"],selectAll:["Vælg alle","Select all"],selectRow:["Vælg {number} {name}","Select {number} {name}"],selected:["{n} valgt","{n} selected"],noneSelected:["Ingen rækker valgt","No rows selected"],groupSelected:["Fællesmøde: alle {n} deltagere er valgt","Group meeting: all {n} participants selected"],groupDeselected:["Fællesmøde: alle {n} deltagere er fravalgt","Group meeting: all {n} participants deselected"],send:["Indkald valgte","Send selected"],delete:["Slet valgte","Delete selected"],sent:["{n} indkaldelser er sendt til Jobnet.","{n} summonses were sent to Jobnet."],deleted:["{n} indkaldelser er slettet.","{n} summonses were deleted."],confirmTitle:["Slet internt oprettede aftaler","Delete summonses created internally"],confirmBody:["Er du sikker på, at du vil slette de {n} valgte internt oprettede aftaler? Det kan ikke fortrydes.","Are you sure you want to delete the {n} selected summonses created internally? This cannot be undone."],confirmOk:["Slet","Delete"],rows:["Viser {first}–{last} af {total} rækker","Showing {first}–{last} of {total} rows"],noRows:["Ingen indkaldelser passer til filtreringen.","No summonses match the filter."],loading:["Henter …","Loading …"],perPage:["Rækker pr. side","Rows per page"],paging:["Skift side i tabellen","Change the table's page"],prev:["Forrige side","Previous page"],next:["Næste side","Next page"],pageOf:["Side {page} af {pages}","Page {page} of {pages}"],tableLabel:["{list}: indkaldelser","{list}: summonses"]}),kt={pending:"",follow_up:""},tt=[25,50,100],Nn=["dateField","from","to","team","advisor","type","variant","channel","deadline","seen","status"];function jn(e){let t=Number(e.get("size"));return{dateField:e.get("dateField")??"",from:e.get("from")??"",to:e.get("to")??"",team:e.get("team")??"",advisor:e.get("advisor")??"",type:e.get("type")??"",variant:e.get("variant")??"",channel:e.get("channel")??"",deadline:e.get("deadline")??"",seen:e.get("seen")??"",status:e.get("status")??"",sort:e.get("sort")??"",desc:e.get("desc")==="true",page:Math.max(1,Number(e.get("page"))||1),size:tt.includes(t)?t:tt[0]}}function Mn(e){let t=new URLSearchParams;for(let a of Nn)e[a]&&t.set(a,e[a]);e.sort&&t.set("sort",e.sort),e.desc&&t.set("desc","true"),e.page>1&&t.set("page",String(e.page)),e.size!==tt[0]&&t.set("size",String(e.size));let n=t.toString();return location.pathname+(n?`?${n}`:"")}var rn=e=>e==="yes"?!0:e==="no"?!1:void 0;function Fn(e,t,n){return{list:e,search:n.trim(),dateField:t.dateField,from:t.dateField?t.from:"",to:t.dateField?t.to:"",teams:t.team?[Number(t.team)]:[],advisorId:t.advisor?Number(t.advisor):void 0,meetingType:t.type,variant:t.variant,channel:t.channel,deadlineExceeded:rn(t.deadline),seen:rn(t.seen),hideOld:t.status==="current"||void 0,sort:t.sort,desc:t.desc||void 0,limit:t.size,offset:(t.page-1)*t.size}}function Pn(e){let t=[],n=(a,r)=>{for(let o of e.filter(i=>(i.parentId??0)===(a??0)).sort((i,c)=>i.name.localeCompare(c.name,"da")))t.push({id:o.id,label:`${"  ".repeat(r)}${o.name}`}),n(o.id,r+1)};n(void 0,0);for(let a of e)t.some(r=>r.id===a.id)||t.push({id:a.id,label:a.name});return t}function on(e){return{path:e==="pending"?"/afventer":"/opfoelgning",title:()=>h(`title.${e}`),async render(t){await Ln(t,e)}}}async function Ln(e,t){let n=jn(e.query),a=kt[t],r,o,i,c="",f=!0,m,l=[],$=[],_=[],b=new Set,p=0,d=t==="pending",v=u=>$.find(S=>S.id===u)?.name??`#${u}`,w=[{key:"number",label:()=>h("col.number"),sort:"number",cell:u=>s`<a href="/soeg/indkaldelse/${encodeURIComponent(u.number)}">${u.number}</a>`},{key:"name",label:()=>h("col.name"),sort:"name",cell:u=>u.citizenName},{key:"cpr",label:()=>h("col.cpr"),sort:"cpr",cell:u=>u.cprFull||u.cpr,className:"planner-nowrap"},{key:"date",label:()=>h("col.date"),sort:"date",cell:u=>X(u.start),className:"planner-nowrap"},...d?[{key:"rebook",label:()=>h("col.rebook"),cell:u=>B(u.rebookDeadline),className:"planner-nowrap"}]:[],{key:"holding",label:()=>h("col.holding"),sort:"holding_deadline",cell:u=>B(u.holdingDeadline),className:"planner-nowrap"},{key:"deadline",label:()=>h("col.deadline"),sort:"deadline_exceeded",cell:De},{key:"seen",label:()=>h("col.seen"),sort:"seen",cell:Ne},{key:"team",label:()=>h("col.team"),sort:"team",cell:u=>u.teamName},d?{key:"advisor",label:()=>h("col.advisor"),sort:"advisor",cell:u=>u.advisorName}:{key:"advisors",label:()=>h("col.advisors"),sort:"advisor",cell:u=>s`${u.advisors.map((S,x)=>s`${x>0?", ":""}${x===0?s`<strong>${u.advisorName||v(S)}</strong>`:v(S)}`)}`},{key:"room",label:()=>h("col.room"),sort:"room",cell:u=>u.roomName??""},{key:"summoner",label:()=>h("col.summoner"),sort:"summoner",cell:u=>u.summoner},{key:"type",label:()=>h("col.type"),sort:"type",cell:u=>u.variant?`${u.meetingType} – ${u.variant}`:u.meetingType},{key:"jobnet",label:()=>h("col.jobnet"),sort:"jobnet_state",cell:ke},{key:"jobnetAt",label:()=>h("col.jobnetAt"),sort:"jobnet_date",cell:u=>X(u.jobnetAt),className:"planner-nowrap"},{key:"inCalendar",label:()=>h("col.inCalendar"),sort:"in_calendar",cell:u=>ye(u.inCalendar)}],A=(u,S=!1)=>{n={...n,...u,page:S?u.page??n.page:u.page??1},history.replaceState(history.state,"",Mn(n)),P()},P=async()=>{let u=++p;f=!0,ge();try{let S=await yt(Fn(t,n,a));if(u!==p||e.signal.aborted)return;r=S,o=void 0;let x=Math.max(1,Math.ceil(S.total/n.size));if(n.page>x&&S.total>0){A({page:x},!0);return}}catch(S){if(u!==p)return;o=S,r=void 0}f=!1,ge()},we=async()=>{try{m=(await C("/api/front-page")).pendingCounter,ge()}catch{}},nt=async u=>{if(u.form!=="group")return[u.summonsId];let x=(await yt({list:"pending",search:u.number,limit:500})).rows.filter(I=>I.meetingId===u.meetingId).map(I=>I.summonsId);return x.length>0?x:[u.summonsId]},Tt=async(u,S)=>{i=void 0,c="";try{for(let x of u){let I=await nt(x);for(let y of I)S?b.add(y):b.delete(y);I.length>1&&u.length===1&&V(h(S?"groupSelected":"groupDeselected",{n:I.length}))}}catch(x){i=x}ge()},At=async u=>{let S=[...b];if(S.length!==0&&!(u==="delete"&&!await se({title:h("confirmTitle"),body:h("confirmBody",{n:S.length}),ok:h("confirmOk"),danger:!0}))){i=void 0,c="";try{await K(u==="send"?"/api/summonses/send":"/api/summonses/delete",{ids:S}),b.clear(),c=h(u==="send"?"sent":"deleted",{n:S.length}),V(c)}catch(x){i=x}await Promise.all([P(),we()])}},mn=u=>{let S=n.sort||"date";A({sort:u,desc:S===u?!n.desc:!1},!1)},pn=u=>{if(!u.sort)return s`<th scope="col">${u.label()}</th>`;let x=(n.sort||"date")===u.sort?n.desc?"descending":"ascending":void 0;return s`<th scope="col" aria-sort=${x??g}>
      <button class="button button-unstyled planner-sort" type="button" data-sort=${u.sort} @click=${()=>mn(u.sort)}>
        ${u.label()}<span class="sr-only">${h(x==="ascending"?"sortAsc":x==="descending"?"sortDesc":"sortNone")}</span>
        <span class="planner-sort-icon" aria-hidden="true">${x==="ascending"?"▲":x==="descending"?"▼":"↕"}</span>
      </button>
    </th>`},te=(u,S,x,I,y,je="")=>s`<div class="form-group">
      <label class="form-label" for=${u}>${S}</label>
      <select class="form-select" id=${u} name=${u} .value=${x} aria-invalid=${ae(o,je)?"true":g}
        @change=${Te=>y(Te.target.value)}>
        ${I.map(Te=>s`<option value=${Te.value} ?selected=${Te.value===x}>${Te.label}</option>`)}
      </select>
    </div>`,St=()=>[{value:"",label:h("all")},{value:"yes",label:h("yes")},{value:"no",label:h("no")}],xt=u=>{let S=`${t}-${u}`,x=ae(o,u);return s`<div class="form-group ${x?"form-error":""}">
      <label class="form-label" for=${S}>${h(u)}</label>
      ${oe(o,u,S)}
      <input class="form-input planner-date" type="date" id=${S} name=${u} .value=${n[u]} ?disabled=${!n.dateField}
        aria-invalid=${x?"true":g} aria-describedby=${x?`${S}-error`:g}
        @change=${I=>A({[u]:I.target.value})} />
    </div>`},un=()=>{let u=[...new Set(_.map(y=>y.meetingType).filter(Boolean))].sort((y,je)=>y.localeCompare(je,"da")),S=[...new Set(_.filter(y=>!n.type||y.meetingType===n.type).map(y=>y.variant??"").filter(Boolean))].sort(),x=`${t}-search`,I=ae(o,"search");return s`<form class="planner-filters" role="search" aria-label=${h("filters")} @submit=${y=>{y.preventDefault(),a=y.target.querySelector(`#${x}`).value,kt[t]=a,A({})}}>
      <h2 class="h4">${h("filters")}</h2>
      <div class="form-group planner-wide ${I?"form-error":""}">
        <label class="form-label" for=${x}>${h("search")}</label>
        <span class="form-hint" id="${x}-hint">${h("searchHint")}</span>
        ${oe(o,"search",x)}
        <div class="planner-search-row">
          <input class="form-input" type="search" id=${x} name="search" autocomplete="off" .value=${a}
            aria-describedby="${x}-hint${I?` ${x}-error`:""}" />
          <button class="button button-secondary" type="submit">${h("searchButton")}</button>
        </div>
      </div>
      ${te(`${t}-dateField`,h("dateField"),n.dateField,[{value:"",label:h("dateField.none")},{value:"meeting",label:h("dateField.meeting")},{value:"holding_deadline",label:h("dateField.holding_deadline")},{value:"sent",label:h("dateField.sent")}],y=>A(y?{dateField:y}:{dateField:"",from:"",to:""}),"dateField")}
      ${xt("from")}${xt("to")}
      ${te(`${t}-team`,h("team"),n.team,[{value:"",label:h("all")},...Pn(l).map(y=>({value:String(y.id),label:y.label}))],y=>A({team:y}))}
      ${te(`${t}-advisor`,h("advisor"),n.advisor,[{value:"",label:h("all")},...$.map(y=>({value:String(y.id),label:y.name}))],y=>A({advisor:y}))}
      ${te(`${t}-type`,h("type"),n.type,[{value:"",label:h("all")},...u.map(y=>({value:y,label:y}))],y=>A({type:y,variant:""}))}
      ${te(`${t}-variant`,h("variant"),n.variant,[{value:"",label:h("all")},...S.map(y=>({value:y,label:y}))],y=>A({variant:y}))}
      ${te(`${t}-channel`,h("channel"),n.channel,[{value:"",label:h("all")},...["digital","in_person","phone"].map(y=>({value:y,label:Xe(y)}))],y=>A({channel:y}))}
      ${te(`${t}-deadline`,h("deadline"),n.deadline,St(),y=>A({deadline:y}))}
      ${te(`${t}-seen`,h("seen"),n.seen,St(),y=>A({seen:y}))}
      ${te(`${t}-status`,h("status"),n.status,[{value:"",label:h("status.all")},{value:"current",label:h("status.current")}],y=>A({status:y}))}
      <button class="button button-secondary planner-reset" type="button" @click=${()=>{a="",kt[t]="";let y=e.main.querySelector(`#${x}`);y&&(y.value=""),A({dateField:"",from:"",to:"",team:"",advisor:"",type:"",variant:"",channel:"",deadline:"",seen:"",status:"",sort:"",desc:!1})}}>${h("reset")}</button>
    </form>`},fn=u=>{let S=u.rows,x=S.length>0&&S.every(I=>b.has(I.summonsId));return s`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label=${h("tableLabel",{list:h(`title.${t}`)})}>
      <table class="table table--compact planner-list" id="${t}-table" aria-busy=${f?"true":"false"}>
        <thead>
          <tr>
            ${d?s`<th scope="col" class="planner-select">
                  <div class="form-group-checkbox">
                    <input id="${t}-check-all" type="checkbox" class="form-checkbox" .checked=${x}
                      @change=${I=>void Tt(S,I.target.checked)} />
                    <label for="${t}-check-all">${h("selectAll")}</label>
                  </div>
                </th>`:g}
            ${w.map(pn)}
          </tr>
        </thead>
        <tbody>
          ${S.length===0?s`<tr><td colspan=${w.length+(d?1:0)}>${h("noRows")}</td></tr>`:S.map(I=>s`<tr class=${b.has(I.summonsId)?"planner-selected":""} data-summons=${I.summonsId} data-meeting=${I.meetingId}>
                  ${d?s`<td class="planner-select">
                        <div class="form-group-checkbox">
                          <input id="${t}-check-${I.summonsId}" type="checkbox" class="form-checkbox" .checked=${b.has(I.summonsId)}
                            @change=${y=>void Tt([I],y.target.checked)} />
                          <label for="${t}-check-${I.summonsId}"><span class="sr-only">${h("selectRow",{number:I.number,name:I.citizenName})}</span></label>
                        </div>
                      </td>`:g}
                  ${w.map(y=>s`<td class=${y.className??""} data-col=${y.key}>${y.cell(I)}</td>`)}
                </tr>`)}
        </tbody>
      </table>
    </div>`},gn=u=>{let S=Math.max(1,Math.ceil(u.total/n.size)),x=u.total===0?0:(n.page-1)*n.size+1,I=Math.min(u.total,n.page*n.size);return s`<div class="planner-pager">
      <p class="rows-message" aria-live="polite" aria-atomic="true" data-rows>${h("rows",{first:x,last:I,total:u.total})}</p>
      <div class="form-group planner-pagesize">
        <label class="form-label" for="${t}-size">${h("perPage")}</label>
        <select class="form-select" id="${t}-size" .value=${String(n.size)} @change=${y=>A({size:Number(y.target.value)})}>
          ${tt.map(y=>s`<option value=${y} ?selected=${y===n.size}>${y}</option>`)}
        </select>
      </div>
      <div class="planner-pagination" role="group" aria-label=${h("paging")}>
        <button class="button button-secondary" type="button" ?disabled=${n.page<=1} @click=${()=>A({page:n.page-1},!0)}>${h("prev")}</button>
        <span data-page>${h("pageOf",{page:n.page,pages:S})}</span>
        <button class="button button-secondary" type="button" ?disabled=${n.page>=S} @click=${()=>A({page:n.page+1},!0)}>${h("next")}</button>
      </div>
    </div>`},hn=()=>s`<nav class="planner-listtabs" aria-label=${h("tabs")}>
      <ul>
        <li><a href="/afventer" aria-current=${d?"page":"false"}>${h("title.pending")}${m!==void 0?s` <span class="badge planner-counter" data-counter aria-hidden="true">(${m})</span><span class="sr-only"> – ${h("counter",{n:m})}</span>`:g}</a></li>
        <li><a href="/opfoelgning" aria-current=${d?"false":"page"}>${h("title.follow_up")}</a></li>
      </ul>
    </nav>`,ge=()=>{e.signal.aborted||D(s`<h1>${h(`title.${t}`)}</h1>
        ${hn()}
        <p>${h(`intro.${t}`)}</p>
        <div class="planner-listlayout">
          ${un()}
          <section class="planner-listmain" aria-label=${h(`title.${t}`)}>
            ${J(c)} ${N(i)} ${N(o)}
            ${r?s`${gn(r)} ${fn(r)}`:f?s`<p>${h("loading")}</p>`:g}
            ${d&&r?s`<div class="table-actions planner-actions">
                  <p class="table-selected-number" aria-live="polite" data-selected>${b.size?h("selected",{n:b.size}):h("noneSelected")}</p>
                  <div class="button-group">
                    <button class="button button-primary" type="button" ?disabled=${b.size===0} @click=${()=>void At("send")}>${h("send")}</button>
                    <button class="button button-secondary" type="button" ?disabled=${b.size===0} @click=${()=>void At("delete")}>${h("delete")}</button>
                  </div>
                </div>`:g}
          </section>
        </div>`,e.main)};ge();let bn=Promise.all([C("/api/teams").then(u=>l=u.teams),C("/api/advisors").then(u=>$=u.advisors),C("/api/offers").then(u=>_=u.offers)]).catch(u=>o=u);await Promise.all([P(),bn,we()]),ge(),e.every(1e4,we)}var sn=on("pending"),ln=on("follow_up");var q=E({title:["Søg","Search"],intro:["Søg på en borgers CPR-nummer for at åbne borgerkortet, eller på et indkaldelsesnummer for at åbne indkaldelsen.","Search by a citizen's CPR number to open the citizen card, or by a summons number to open the summons."],label:["CPR-nr. eller indkaldelsesnr.","CPR no. or summons no."],hint:["Fx 010190-1234 eller 10100-819387","E.g. 010190-1234 or 10100-819387"],button:["Søg","Search"],required:["Skriv et CPR-nummer eller et indkaldelsesnummer.","Enter a CPR number or a summons number."],notFound:["Der er ingen borger eller indkaldelse med det nummer i jobcentret.","There is no citizen or summons with that number in the job centre."],noSummons:["Der er ingen indkaldelse med det nummer.","There is no summons with that number."]}),ee;function On(e){let t=e.replace(/\D/g,"");return t.length===10?`${t.slice(0,6)}-${t.slice(6)}`:e}var dn={path:"/soeg",title:()=>q("title"),render(e){let t,n=!1,a=ee?.q??"",r=async i=>{if(i.preventDefault(),a=e.main.querySelector("#search-q").value.trim(),!a){t=new j(422,q("required"),q("required"),[{field:"q",reason:q("required")}],""),o();return}n=!0,t=void 0,o();try{let f=await K("/api/search",{q:a});if(e.signal.aborted)return;if(f.citizen)ee={q:a,cpr:On(a),answer:f};else if(f.summonses.length>0){ee=void 0,e.navigate(`/soeg/indkaldelse/${encodeURIComponent(a)}`);return}else ee=void 0,t=new j(404,q("noSummons"),q("noSummons"),[{field:"q",reason:q("noSummons")}],"")}catch(f){ee=void 0,t=f instanceof j&&f.status===404?new j(404,q("notFound"),q("notFound"),[{field:"q",reason:q("notFound")}],""):f}n=!1,o(),ee&&e.main.querySelector("#citizen-card-h")?.focus()},o=()=>{let i=ae(t,"q");D(s`<h1>${q("title")}</h1>
          <p>${q("intro")}</p>
          <form class="planner-searchform" role="search" @submit=${r}>
            <div class="form-group ${i?"form-error":""}">
              <label class="form-label" for="search-q">${q("label")}</label>
              <span class="form-hint" id="search-q-hint">${q("hint")}</span>
              ${oe(t,"q","search-q")}
              <div class="planner-search-row">
                <input class="form-input" id="search-q" name="q" type="search" autocomplete="off" .value=${a}
                  aria-invalid=${i?"true":g} aria-describedby="search-q-hint${i?" search-q-error":""}" />
                <button class="button button-primary" type="submit" ?disabled=${n}>${q("button")}</button>
              </div>
            </div>
          </form>
          ${i?g:N(t)}
          ${ee?.answer.citizen?Qt(ee.answer.citizen,ee.cpr,ee.answer.summonses):g}`,e.main)};o()}};var wt=[an,sn,ln,nn,tn,dn,Xt,en,...Yt];var O=E({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),Un=[{path:"/",label:()=>O("nav.front")},{path:"/kalender",label:()=>O("nav.calendar")},{path:"/tilbud",label:()=>O("nav.offers")},{path:"/afventer",label:()=>O("nav.pending")},{path:"/opfoelgning",label:()=>O("nav.followUp")},{path:"/ledige-tider",label:()=>O("nav.freeTimes")},{path:"/soeg",label:()=>O("nav.search")},{path:"/forbindelser",label:()=>O("nav.connections")},{path:"/admin",label:()=>O("nav.admin"),roles:["admin"]}],Bn={path:"",title:()=>O("notFound.title"),render:e=>{D(s`<h1>${O("notFound.title")}</h1><p>${O("notFound.body")}</p><p><a href="/">${O("notFound.front")}</a></p>`,e.main)}};function cn(e){return e==="/"?"/":"/"+e.split("/")[1]}function zn(e,t,n,a){let r=Un.filter(o=>wt.some(i=>i.path===o.path&&(!i.roles||i.roles.includes(e.role)))&&(!o.roles||o.roles.includes(e.role)));D(s`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${e.name}, ${O(`role.${e.role}`)} · ${e.jobcenter}</p>
              <button class="function-link" type="button" lang=${Q()==="da"?"en":"da"} @click=${a}>${O("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${e.csrf??""} />
                <button class="function-link" type="submit">${O("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${O("nav.label")}>
              <ul class="mainmenu">
                ${r.map(o=>s`<li class=${cn(t)===o.path?"active current":""}>
                      <a href=${o.path} class="nav-link" aria-current=${cn(t)===o.path?"page":"false"}><span>${o.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function qn(){let e=document.getElementById("app"),t=await C("/api/session");Ot(t.csrf??""),document.documentElement.lang=Q(),e.replaceChildren();let n=document.createElement("div"),a=document.createElement("main");a.id="main-content",a.className="container page-container";let r=document.createElement("div");r.id="announce",r.className="sr-only",r.setAttribute("aria-live","polite"),e.append(n,a,r);let o=location.pathname,i=()=>zn(t,o,n,f),c=new ze(wt,t,a,Bn,m=>{o=m,i()});function f(){Pt(Q()==="da"?"en":"da"),c.show(!1)}await c.show(!1)}qn();
